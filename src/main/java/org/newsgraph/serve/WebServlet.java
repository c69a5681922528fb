package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the web page and its scripts from the jar; nothing is fetched from elsewhere. */
final class WebServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FILES = Map.of(
      "/", "index.html",
      "/index.html", "index.html",
      "/app.js", "app.js",
      "/vendor/cytoscape.min.js", "vendor/cytoscape.min.js");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getRequestURI();
    String file = FILES.get(path);
    if (file == null) {
      resp.sendError(404);
      return;
    }
    try (InputStream in = WebServlet.class.getResourceAsStream("/org/newsgraph/web/" + file)) {
      if (in == null) {
        resp.sendError(404);
        return;
      }
      resp.setContentType(file.endsWith(".js") ? "text/javascript;charset=utf-8" : "text/html;charset=utf-8");
      resp.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'");
      resp.setHeader("X-Content-Type-Options", "nosniff");
      try (OutputStream out = resp.getOutputStream()) {
        in.transferTo(out);
      }
    }
  }
}
