package org.paperboy.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before Paperboy sees the request (a bad URI, bad UTF-8, headers too long):
 * JSON under {@code /api/} as the API promises, and JSON too where the request could not even be
 * read far enough to know its path. Never a stack trace.
 */
final class JettyErrors extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
  JettyErrors() {
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  protected boolean generateAcceptableResponse(
      Request request,
      Response response,
      Callback callback,
      String contentType,
      java.util.List<java.nio.charset.Charset> charsets,
      int code,
      String message,
      Throwable cause)
      throws java.io.IOException {
    String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
    boolean unread = code == 414 || code == 431 || path == null;
    if (!unread && !path.startsWith("/api/") && !path.equals("/mcp")) {
      return super.generateAcceptableResponse(
          request, response, callback, contentType, charsets, code, message, cause);
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.write(true, ByteBuffer.wrap(json(code, message)), callback);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8"));
    return ByteBuffer.wrap(json(status, reason));
  }

  static byte[] json(int status, String message) {
    String text = message == null ? "the request could not be read" : message;
    StringBuilder escaped = new StringBuilder();
    for (char ch : text.toCharArray()) {
      if (ch == '"' || ch == '\\') {
        escaped.append('\\').append(ch);
      } else if (ch < 0x20) {
        escaped.append(' ');
      } else {
        escaped.append(ch);
      }
    }
    return ("{\"error\":{\"status\":" + status + ",\"message\":\"" + escaped + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
