package org.paperboy.web.view;

import java.util.Map;

/**
 * A page that says one thing: a confirmation, or what went wrong and what to do.
 *
 * @param action a form to offer (POST), or null
 */
public record MessageView(Page page, String heading, String text, Form action) {
  /** A one-button form with hidden fields (the form token is added by the template). */
  public record Form(String url, String button, Map<String, String> fields) {}
}
