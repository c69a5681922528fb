package org.newsgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Gives the SPARQL endpoint's 503 answers a JSON body, as {@code /api/ask} has: Fuseki sets the status, then writes
 * its message as plain text ("Query cancelled", "Timeout"), which a client that parses JSON cannot read. Only a
 * response whose status becomes 503 is captured; every other response passes through untouched and unbuffered.
 */
final class TimeoutJsonFilter implements Filter {
  private final long timeoutSeconds;

  /** A filter that names this timeout in its message. */
  TimeoutJsonFilter(long timeoutMillis) {
    this.timeoutSeconds = Math.max(1, (timeoutMillis + 999) / 1000);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(response instanceof HttpServletResponse http)) {
      chain.doFilter(request, response);
      return;
    }
    Capture c = new Capture(http);
    chain.doFilter(request, c);
    if (c.writer != null) {
      c.writer.flush();
    }
    if (c.captured != null && !http.isCommitted()) {
      String message = c.captured.toString(StandardCharsets.UTF_8).strip();
      String low = message.toLowerCase(Locale.ROOT);
      JsonObject o = new JsonObject();
      o.put("error", low.contains("timeout") || low.contains("timed out") || low.contains("cancel")
          ? "timed out after " + timeoutSeconds + " s" : message.isEmpty() ? "service unavailable" : message);
      if (!message.isEmpty()) {
        o.put("detail", message);
      }
      byte[] body = (o.toString() + "\n").getBytes(StandardCharsets.UTF_8);
      http.resetBuffer();
      http.setStatus(503);
      http.setContentType("application/json; charset=utf-8");
      http.setContentLength(body.length);
      http.getOutputStream().write(body);
    }
  }

  /** Passes everything through until the status becomes 503; from then on keeps what is written. */
  private static final class Capture extends HttpServletResponseWrapper {
    ByteArrayOutputStream captured;
    PrintWriter writer;

    Capture(HttpServletResponse r) {
      super(r);
    }

    @Override
    public void setStatus(int sc) {
      if (sc == 503 && !isCommitted()) {
        captured = new ByteArrayOutputStream();
      }
      super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      if (sc == 503 && !isCommitted()) {
        captured = new ByteArrayOutputStream();
        if (msg != null) {
          captured.write(msg.getBytes(StandardCharsets.UTF_8));
        }
        super.setStatus(sc);
        return;
      }
      super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
      sendError(sc, null);
    }

    @Override
    public void setContentType(String type) {
      if (captured == null) {
        super.setContentType(type);
      }
    }

    @Override
    public void setContentLength(int len) {
      if (captured == null) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (captured == null) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (captured == null) {
        return super.getOutputStream();
      }
      ByteArrayOutputStream into = captured;
      return new ServletOutputStream() {
        @Override
        public void write(int b) {
          into.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          into.write(b, off, len);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener l) {
          throw new UnsupportedOperationException("blocking output only");
        }
      };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (captured == null) {
        return super.getWriter();
      }
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(captured, StandardCharsets.UTF_8), true);
      }
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (captured == null) {
        super.flushBuffer();
      }
    }
  }
}
