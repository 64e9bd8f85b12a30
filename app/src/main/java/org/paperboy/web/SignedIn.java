package org.paperboy.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.paperboy.account.Accounts;
import org.paperboy.account.User;
import org.paperboy.library.Library;

/**
 * Who is asking: the person of the session cookie (pages, forms) or of a personal API token
 * (programs, feed readers), and the guards of the handlers that need one. The filter resolves the
 * visitor once per request; every handler asks here, through its {@link Kit}.
 */
final class SignedIn {
  private final Accounts accounts;
  private final Library library;
  private final Cookies cookies;

  SignedIn(Accounts accounts, Library library, Cookies cookies) {
    this.accounts = accounts;
    this.library = library;
    this.cookies = cookies;
  }

  /** Works out who is asking, handing out a form token to first-time visitors. */
  Visitor resolve(Context ctx) {
    String session = ctx.cookie(Cookies.SESSION);
    User user = session == null ? null : accounts.user(session).orElse(null);
    Visitor v = new Visitor(user, cookies.csrf(ctx), cookies.themeOf(ctx));
    ctx.attribute(Visitor.ATTRIBUTE, v);
    return v;
  }

  /** The visitor {@link #resolve} found for this request. */
  Visitor visitor(Context ctx) {
    return Visitor.of(ctx);
  }

  /** The signed-in person's id, or null. */
  String userId(Context ctx) {
    return Visitor.of(ctx).userId();
  }

  /** The signed-in person's id; a 403 saying {@code why} for anybody else. */
  String orForbidden(Context ctx, String why) {
    String user = userId(ctx);
    if (user == null) {
      throw HttpError.forbidden(why);
    }
    return user;
  }

  /** The signed-in person's id; a 401 saying {@code why} for anybody else. */
  String orUnauthorized(Context ctx, String why) {
    String user = userId(ctx);
    if (user == null) {
      throw new HttpError(401, why, 0);
    }
    return user;
  }

  /** The signed-in person's id, or null after sending a visitor to sign in and come back. */
  String orSignIn(Context ctx) {
    String user = userId(ctx);
    if (user == null) {
      String here = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
      ctx.redirect("/signin?next=" + Views.url(here), HttpStatus.SEE_OTHER);
    }
    return user;
  }

  /** The person behind {@code Authorization: Bearer TOKEN}; 401 otherwise. */
  String bearer(Context ctx) {
    String header = ctx.header("Authorization");
    String token =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : null;
    Optional<String> user = library.userForToken(token);
    if (user.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new HttpError(
          401,
          "A personal API token is needed: Authorization: Bearer TOKEN (see /settings/tokens)",
          0);
    }
    return user.get();
  }

  /** The person of a personal API token sent in the address (feed readers send no headers). */
  Optional<String> byToken(String token) {
    return library.userForToken(token);
  }

  /** Starts a session on this browser: the cookie of a redeemed sign-in link. */
  void signIn(Context ctx, String sessionToken, int maxAgeSeconds) {
    cookies.signIn(ctx, sessionToken, maxAgeSeconds);
  }

  void signOut(Context ctx) {
    cookies.signOut(ctx);
  }

  void theme(Context ctx, String theme) {
    cookies.theme(ctx, theme);
  }

  /** Whether the site is served over https (cookies Secure, HSTS sent). */
  boolean secure() {
    return cookies.secure();
  }
}
