package org.newsgraph.serve;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.newsgraph.query.SafeQuery;
import org.newsgraph.rdf.Prefixes;

/**
 * Gives the SPARQL endpoint the prefixes that the CLI predeclares ({@link Prefixes}): a query that uses
 * {@code ng:} or {@code schema:} without declaring them runs the same in {@code newsgraph query} and over HTTP.
 * The prefixes go before the query text, so a query's own declarations still win. It also refuses what the CLI
 * refuses and no timeout can stop (a backtracking REGEX).
 */
final class PrefixFilter implements Filter {
  private static final int MAX_BODY = 1 << 20;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)) {
      chain.doFilter(request, response);
      return;
    }
    String type = http.getContentType() == null ? "" : http.getContentType().toLowerCase(Locale.ROOT);
    if ("POST".equals(http.getMethod()) && (type.startsWith("application/sparql-query")
        || type.startsWith("application/sparql-update"))) {
      byte[] body = http.getInputStream().readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        ((HttpServletResponse) response).sendError(413, "query over 1 MB");
        return;
      }
      String text = Prefixes.sparql() + new String(body, StandardCharsets.UTF_8);
      if (type.startsWith("application/sparql-query") && refuse(text, response)) {
        return;
      }
      chain.doFilter(new Body(http, text.getBytes(StandardCharsets.UTF_8)), response);
      return;
    }
    if (http.getParameter("query") != null || http.getParameter("update") != null) {
      Params p = new Params(http);
      if (p.getParameter("query") != null && refuse(p.getParameter("query"), response)) {
        return;
      }
      chain.doFilter(p, response);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Refuses (400) what {@code newsgraph query} refuses, before Fuseki runs it: a REGEX that repeats a repetition,
   * which no timeout can stop once it runs, and SERVICE. Anything else, valid or not, goes on to Fuseki.
   */
  private static boolean refuse(String query, ServletResponse response) throws IOException {
    try {
      SafeQuery.parse(query, 0);
      return false;
    } catch (SafeQuery.RefusedException e) {
      String m = String.valueOf(e.getMessage());
      if (!m.startsWith("REGEX pattern") && !m.startsWith("SERVICE")) {
        return false;
      }
      HttpServletResponse r = (HttpServletResponse) response;
      r.setStatus(400);
      r.setContentType("text/plain;charset=utf-8");
      r.getOutputStream().write(("refused: " + m + "\n").getBytes(StandardCharsets.UTF_8));
      return true;
    }
  }

  /** A request whose query or update parameter has the prefixes before it. */
  private static final class Params extends HttpServletRequestWrapper {
    private final Map<String, String[]> params = new HashMap<>();

    Params(HttpServletRequest r) {
      super(r);
      r.getParameterMap().forEach((k, v) -> {
        if (k.equals("query") || k.equals("update")) {
          String[] p = new String[v.length];
          for (int i = 0; i < v.length; i++) {
            p[i] = Prefixes.sparql() + v[i];
          }
          params.put(k, p);
        } else {
          params.put(k, v);
        }
      });
    }

    @Override
    public String getParameter(String name) {
      String[] v = params.get(name);
      return v == null || v.length == 0 ? null : v[0];
    }

    @Override
    public String[] getParameterValues(String name) {
      return params.get(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Collections.unmodifiableMap(params);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(params.keySet());
    }
  }

  /** A request whose body is the prefixed query. */
  private static final class Body extends HttpServletRequestWrapper {
    private final byte[] body;

    Body(HttpServletRequest r, byte[] body) {
      super(r);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener l) {
          throw new UnsupportedOperationException("blocking reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }
  }
}
