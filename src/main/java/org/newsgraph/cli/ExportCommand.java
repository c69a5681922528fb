package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.newsgraph.query.Network;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.Tdb2Store;

/**
 * {@code newsgraph export}: the whole store, or one document, as Turtle, TriG, N-Quads or JSON-LD.
 * A file is written to a temporary name and renamed, so no truncated file is ever left; a closed pipe
 * ({@code export | head}) ends quietly.
 *
 * <pre>
 * newsgraph export &gt; graph.ttl
 * newsgraph export --format trig --output all.trig
 * newsgraph export --doc cbs-putin-rice-missile
 * </pre>
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the store (Turtle: all graphs merged; TriG, N-Quads: with named graphs), or the "
        + "who-met-whom network as Graphviz DOT or GraphML.")
public final class ExportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--format", defaultValue = "turtle", converter = Formats.ExportConverter.class,
      description = "turtle (ttl), trig, nquads (nq), jsonld (json-ld), dot (who met whom) or graphml (who met whom).")
  Formats.Export format;

  @Option(names = "--doc", paramLabel = "ID", description = "Only this document's graph.")
  String doc;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
  Path output;

  @Override
  public Integer call() throws IOException {
    Formats.Export f = format;
    try (Tdb2Store st = store.openExisting()) {
      if (output == null) {
        OutputStream out = new BufferedOutputStream(Main.bytes(spec.commandLine().getOut()), 1 << 16);
        try {
          write(st, f, out);
          out.flush();
        } catch (RuntimeException | IOException e) {
          if (brokenPipe(e)) {
            return ExitCodes.OK;
          }
          throw e;
        }
        return ExitCodes.OK;
      }
      Path abs = output.toAbsolutePath();
      // a file of the usual permissions (0644 under umask 022), not a temporary file's 0600
      Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + ProcessHandle.current().pid() + "."
          + Long.toHexString(System.nanoTime()) + ".tmp");
      try {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp,
            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
          write(st, f, out);
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    return ExitCodes.OK;
  }

  private static boolean brokenPipe(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      String m = String.valueOf(c.getMessage());
      if (m.contains("Broken pipe") || m.contains("Stream closed")) {
        return true;
      }
    }
    return false;
  }

  private void write(Tdb2Store st, Formats.Export f, OutputStream out) throws IOException {
    st.read(dsg -> {
      DatasetGraph src = dsg;
      if (doc != null) {
        Node d = Vocab.document(doc);
        var it = dsg.find(Node.ANY, d, NG.textHash, Node.ANY);
        if (!it.hasNext()) {
          throw new CliException(ExitCodes.DATA, "no document with ID " + doc);
        }
        Node g = it.next().getGraph();
        src = DatasetGraphFactory.create();
        src.addGraph(g, dsg.getGraph(g));
      }
      if (f == Formats.Export.dot || f == Formats.Export.graphml) {
        Network n = Network.of(dsg, true);
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out,
            StandardCharsets.UTF_8));
        if (f == Formats.Export.dot) {
          n.writeDot(w);
        } else {
          n.writeGraphml(w);
        }
        if (w.checkError()) {
          throw new UncheckedIOException(new IOException("writing the " + f + " export failed"));
        }
        return null;
      }
      if (f == Formats.Export.jsonld) {
        RDFWriter.source(withPrefixes(src)).format(RDFFormat.JSONLD11).output(out);
        return null;
      }
      boolean quads = f.quads();
      StreamRDF w = StreamRDFWriter.getWriterStream(out, f == Formats.Export.nquads ? RDFFormat.NQUADS
          : quads ? RDFFormat.TRIG_BLOCKS : RDFFormat.TURTLE_BLOCKS);
      w.start();
      if (f != Formats.Export.nquads) {
        Prefixes.forEach(w::prefix);
      }
      src.find().forEachRemaining(q -> {
        if (quads) {
          w.quad(q);
        } else {
          w.triple(q.asTriple());
        }
      });
      w.finish();
      return null;
    });
  }

  /**
   * The same named graphs (by reference, not copied; our store keeps nothing in the default graph) under a prefix
   * map of their own: the store's own prefix map
   * cannot take the prefixes inside a read transaction.
   */
  private static DatasetGraph withPrefixes(DatasetGraph src) {
    DatasetGraph view = DatasetGraphFactory.createGeneral();
    src.getDefaultGraph().find().forEachRemaining(view.getDefaultGraph()::add);
    src.listGraphNodes().forEachRemaining(g -> view.addGraph(g, src.getGraph(g)));
    Prefixes.addTo(view.prefixes());
    return view;
  }
}
