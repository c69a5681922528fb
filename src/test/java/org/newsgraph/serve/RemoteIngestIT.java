package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.cli.Cli;
import org.newsgraph.cli.ExitCodes;
import org.newsgraph.store.Tdb2Store;

/** Ingest through a running server (issue 5), and a server that is down or failing (reliability test 22). */
class RemoteIngestIT {
  @TempDir
  Path dir;

  @Test
  void ingestGoesThroughTheServerThatOwnsTheStore() {
    Path store = dir.resolve("s");
    try (Tdb2Store st = Tdb2Store.open(store, false)) {
      FusekiServer server = NewsServer.create(st.datasetGraph()).port(0).ingestInto(st).build();
      server.start();
      try {
        String url = "http://127.0.0.1:" + server.getHttpPort() + "/";
        Cli.Run r = Cli.run("ingest", "--endpoint", url, Cli.seeds().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, Cli.value(r.out(), "documents"));
        assertEquals(6, Cli.value(r.out(), "people"));
        Cli.Run again = Cli.run("ingest", "--endpoint", url, Cli.seeds().toString());
        assertEquals(2, Cli.value(again.out(), "unchanged"));
      } finally {
        server.stop();
      }
    }
    Cli.Run pairs = Cli.run(store, "ask", "--format", "tsv", "Who met whom?");
    assertEquals(5, pairs.lines().size(), pairs.out());
  }

  @Test
  void aServerThatIsDownOrFailingIsReportedPerDocument() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    Cli.Run down = Cli.run("ingest", "--endpoint", "http://127.0.0.1:" + closed + "/", Cli.seeds().toString());
    assertEquals(ExitCodes.PARTIAL, down.code(), down.err());
    assertEquals(2, Cli.value(down.out(), "rejected"));
    assertTrue(down.err().contains("cannot reach"), down.err());
    assertTrue(!down.err().contains("\tat "), down.err());

    AtomicInteger calls = new AtomicInteger();
    HttpServer failing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    failing.createContext("/", ex -> {
      calls.incrementAndGet();
      byte[] html = "<html><body>Internal Server Error</body></html>".getBytes();
      ex.sendResponseHeaders(500, html.length);
      ex.getResponseBody().write(html);
      ex.close();
    });
    failing.start();
    try {
      Cli.Run r = Cli.run("ingest", "--endpoint", "http://127.0.0.1:" + failing.getAddress().getPort() + "/",
          Cli.seeds().toString());
      assertEquals(ExitCodes.PARTIAL, r.code(), r.err());
      assertTrue(r.err().contains("server answered 500"), r.err());
      assertEquals(3, calls.get(), "retries");
    } finally {
      failing.stop(0);
    }
  }
}
