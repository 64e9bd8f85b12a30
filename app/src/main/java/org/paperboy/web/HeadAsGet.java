package org.paperboy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * HEAD is GET without the body: the request runs as a GET, so it gets the same status and headers
 * (a 404 where GET gives one), and Jetty, which knows it was a HEAD, sends no body.
 */
final class HeadAsGet extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!"HEAD".equals(req.getMethod())) {
      chain.doFilter(req, res);
      return;
    }
    ServletRequest asGet =
        new HttpServletRequestWrapper(req) {
          @Override
          public String getMethod() {
            return "GET";
          }
        };
    chain.doFilter(asGet, (ServletResponse) res);
  }
}
