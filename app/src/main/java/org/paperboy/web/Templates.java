package org.paperboy.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** The jte templates, compiled to classes at build time and rendered here. */
final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  void render(Context ctx, String template, Object model) {
    StringOutput out = new StringOutput(16 * 1024);
    engine.render(template, model, out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }
}
