package org.paperboy.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The three cookies: the session (HttpOnly, server-side), the form token checked on every POST
 * (double submit: cookie and hidden field must match) and the theme. All SameSite=Lax, and Secure
 * when the site is served over https.
 */
final class Cookies {
  static final String SESSION = "pb_session";
  static final String CSRF = "pb_csrf";
  static final String THEME = "pb_theme";
  static final Set<String> THEMES = Set.of("auto", "light", "dark");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int YEAR = 365 * 24 * 3600;

  private final boolean secure;

  Cookies(boolean secure) {
    this.secure = secure;
  }

  boolean secure() {
    return secure;
  }

  /** The visitor's form token, handing out a new one to first-time visitors. */
  String csrf(Context ctx) {
    String csrf = ctx.cookie(CSRF);
    if (csrf == null || csrf.length() != 43) {
      csrf = randomToken();
      set(ctx, CSRF, csrf, YEAR);
    }
    return csrf;
  }

  /** The visitor's theme: auto, light or dark. */
  String themeOf(Context ctx) {
    String theme = ctx.cookie(THEME);
    return theme != null && THEMES.contains(theme) ? theme : "auto";
  }

  /** Refuses a form post whose token does not match the visitor's cookie. */
  static void checkCsrf(Context ctx) {
    checkCsrf(ctx, ctx.formParam("csrf"));
  }

  /**
   * The check for an upload, made before its body is read: the token comes in the address ({@code
   * ?csrf=}, the page's form) or the {@code X-CSRF-Token} header (a script).
   */
  static void checkUploadCsrf(Context ctx) {
    String header = ctx.header("X-CSRF-Token");
    checkCsrf(ctx, header != null ? header : ctx.queryParam("csrf"));
  }

  private static void checkCsrf(Context ctx, String field) {
    String cookie = ctx.cookie(CSRF);
    if (cookie == null
        || field == null
        || !MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8))) {
      throw HttpError.forbidden(
          "This form has expired or came from another site. Go back, reload the page and try again.");
    }
  }

  void signIn(Context ctx, String sessionToken, int maxAgeSeconds) {
    set(ctx, SESSION, sessionToken, maxAgeSeconds);
  }

  void signOut(Context ctx) {
    set(ctx, SESSION, "", 0);
  }

  void theme(Context ctx, String theme) {
    set(ctx, THEME, theme, YEAR);
  }

  private void set(Context ctx, String name, String value, int maxAge) {
    ctx.cookie(new Cookie(name, value, "/", maxAge, secure, true, null, SameSite.LAX));
  }

  static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
