package org.paperboy.web;

import io.javalin.http.Context;
import org.paperboy.account.User;

/** Who is asking: the signed-in person (or null), their form token and their theme. */
record Visitor(User user, String csrf, String theme) {
  static final String ATTRIBUTE = "paperboy.visitor";

  static Visitor of(Context ctx) {
    Visitor v = ctx.attribute(ATTRIBUTE);
    if (v == null) {
      throw new IllegalStateException("no visitor resolved for " + ctx.path());
    }
    return v;
  }

  String userId() {
    return user == null ? null : user.id();
  }
}
