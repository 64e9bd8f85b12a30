package org.paperboy.web;

/** A request that cannot be served, with the status and a message meant for the person. */
final class HttpError extends RuntimeException {
  private final int status;
  private final long retryAfterSeconds;

  HttpError(int status, String message, long retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static HttpError badRequest(String message) {
    return new HttpError(400, message, 0);
  }

  static HttpError forbidden(String message) {
    return new HttpError(403, message, 0);
  }

  static HttpError notFound(String message) {
    return new HttpError(404, message, 0);
  }

  static HttpError tooManyRequests(long retryAfterSeconds) {
    return new HttpError(
        429,
        "Too many requests. Please wait " + retryAfterSeconds + " seconds and try again.",
        retryAfterSeconds);
  }

  int status() {
    return status;
  }

  long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  String title() {
    return switch (status) {
      case 400 -> "That request did not make sense";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 401 -> "Not signed in";
      case 405 -> "Not allowed";
      case 411, 413, 414, 415 -> "That request was refused";
      case 429 -> "Slow down";
      default -> "Something went wrong";
    };
  }
}
