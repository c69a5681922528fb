package org.newsgraph.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Refuses requests that a hostile web page in the user's own browser can send. Two attacks matter for a server
 * on loopback: DNS rebinding (a name the attacker controls resolves to 127.0.0.1, so the browser sends
 * {@code Host: evil.example}), and cross-site requests that change state (a form or {@code fetch} from another
 * origin). So every request must name an accepted host, and every request other than GET, HEAD and OPTIONS that
 * carries an {@code Origin} (or {@code Sec-Fetch-Site: cross-site}) must come from an accepted host.
 */
final class RequestGuard implements Filter {
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private final Set<String> hosts;

  /** A guard that accepts these host names (lower case, IPv6 addresses in brackets), on any port. */
  RequestGuard(Set<String> hosts) {
    this.hosts = Set.copyOf(hosts);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse resp = (HttpServletResponse) response;
    String host = req.getHeader("Host");
    if (host != null && !hosts.contains(hostName(host))) {
      refuse(resp, 421, "host name '" + host + "' is not served here");
      return;
    }
    if (!SAFE_METHODS.contains(req.getMethod())) {
      String origin = req.getHeader("Origin");
      if (origin != null && !acceptedOrigin(origin)) {
        refuse(resp, 403, "cross-origin request refused");
        return;
      }
      if ("cross-site".equals(req.getHeader("Sec-Fetch-Site"))) {
        refuse(resp, 403, "cross-site request refused");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private boolean acceptedOrigin(String origin) {
    try {
      URI u = URI.create(origin.trim());
      return u.getHost() != null && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
          && hosts.contains(u.getHost().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The host part of a Host header: {@code 127.0.0.1:3030} gives {@code 127.0.0.1}, {@code [::1]:80} {@code [::1]}. */
  static String hostName(String header) {
    String h = header.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
    resp.setStatus(status);
    resp.setContentType("application/json;charset=utf-8");
    JsonObject o = new JsonObject();
    o.put("error", message);
    resp.getOutputStream().write(o.toString().getBytes(StandardCharsets.UTF_8));
  }
}
