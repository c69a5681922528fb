package org.newsgraph.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Slows down password guessing: an address whose credentials were refused {@link #MAX_FAILURES} times within
 * {@link #WINDOW_MILLIS} gets 429 for {@link #LOCK_MILLIS}, before authentication is even tried, right password or
 * not. It wraps the whole Jetty handler, because authentication answers 401 before any servlet filter runs; a
 * request without credentials (a browser's first, which gets the challenge) is no failure.
 */
final class LoginThrottle extends Handler.Wrapper {
  static final int MAX_FAILURES = 10;
  static final long WINDOW_MILLIS = 60_000;
  static final long LOCK_MILLIS = 60_000;

  private final Map<String, Deque<Long>> failures = new HashMap<>();
  private final Map<String, Long> lockedUntil = new HashMap<>();

  LoginThrottle(Handler inner) {
    super(inner);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String who = Request.getRemoteAddr(request);
    long now = System.currentTimeMillis();
    long until;
    synchronized (this) {
      until = lockedUntil.getOrDefault(who, 0L);
      if (until <= now) {
        lockedUntil.remove(who);
      }
    }
    if (until > now) {
      long secs = (until - now + 999) / 1000;
      response.setStatus(429);
      response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(secs));
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
      response.write(true, ByteBuffer.wrap(("{\"error\": \"too many failed logins from this address; try again in "
          + secs + " s\"}").getBytes(StandardCharsets.UTF_8)), callback);
      return true;
    }
    if (request.getHeaders().get(HttpHeader.AUTHORIZATION) == null) {
      return super.handle(request, response, callback);
    }
    // the failure is counted when the refusal is written, before the client can read it and try again
    boolean[] counted = {false};
    Response counting = new Response.Wrapper(request, response) {
      @Override
      public void write(boolean last, ByteBuffer content, Callback cb) {
        count();
        super.write(last, content, cb);
      }

      void count() {
        if (!counted[0] && getStatus() == 401) {
          counted[0] = true;
          recordFailure(who);
        }
      }
    };
    Callback done = new Callback.Nested(callback) {
      @Override
      public void succeeded() {
        if (!counted[0] && response.getStatus() == 401) {
          counted[0] = true;
          recordFailure(who);
        }
        super.succeeded();
      }
    };
    return super.handle(request, counting, done);
  }

  private synchronized void recordFailure(String who) {
    long now = System.currentTimeMillis();
    Deque<Long> times = failures.computeIfAbsent(who, k -> new ArrayDeque<>());
    times.addLast(now);
    while (!times.isEmpty() && times.peekFirst() < now - WINDOW_MILLIS) {
      times.removeFirst();
    }
    if (times.size() >= MAX_FAILURES) {
      lockedUntil.put(who, now + LOCK_MILLIS);
      times.clear();
    }
    if (failures.size() > 10_000) {
      // many addresses, each failing a little: forget the oldest picture rather than grow without bound
      failures.clear();
    }
  }
}
