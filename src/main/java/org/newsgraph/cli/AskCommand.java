package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.newsgraph.query.AskService;
import org.newsgraph.query.SafeQuery;
import org.newsgraph.store.Tdb2Store;

/**
 * {@code newsgraph ask QUESTION}: answers a question in English with a SPARQL template over the store,
 * each answer with its evidence sentence and document.
 *
 * <pre>
 * newsgraph ask "Who met whom?"
 * newsgraph ask --format tsv "Who talked to Putin?"
 * newsgraph ask --explain "What did Rice say?"
 * </pre>
 */
@Command(name = "ask", mixinStandardHelpOptions = true, description = {
    "Answer a question. Known forms:",
    "  Who met whom?  Who talked to whom?  Who met X?  Whom did X meet?  Who talked to X?",
    "  What role does X have?  Who is X?  Who represents COUNTRY?",
    "  What issues did X discuss?  Who discussed TOPIC?  Which meetings were about TOPIC?",
    "  What did X say?  Where and when did X meet Y?",
    "TOPIC is an IPTC Media Topic's label, altLabel or code (medtop:20000076); its narrower topics count."})
public final class AskCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question (quote it, or several words).")
  List<String> words;

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES}.")
  Formats.Ask format;

  @Option(names = "--explain", description = "Print the SPARQL query that answers the question.")
  boolean explain;

  @Option(names = "--all", description = "Also count planned, denied and claimed meetings.")
  boolean all;

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Query timeout.")
  double timeout;

  @Override
  public Integer call() throws Exception {
    long timeoutMillis = Timeout.millis(timeout);
    PrintWriter out = spec.commandLine().getOut();
    AskService.Plan plan;
    try {
      plan = AskService.plan(String.join(" ", words), all);
    } catch (AskService.NotUnderstoodException e) {
      throw new CliException(ExitCodes.DATA, e.getMessage());
    }
    Query q = plan.query();
    if (explain) {
      out.println("# template: " + plan.template() + ".rq; bound values: " + plan.bindings());
      out.println(q.serialize());
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Deadline.run(() -> {
      try (Tdb2Store st = store.openExisting()) {
        st.read(dsg -> {
          Query resolved = AskService.resolve(dsg, plan);
          if (explain) {
            buf.writeBytes(("# as run, with the names looked up:\n" + resolved.serialize() + "\n")
                .getBytes(StandardCharsets.UTF_8));
          }
          try (QueryExecution qe = SafeQuery.exec(dsg, resolved, Map.of(), timeoutMillis)) {
            ResultSet rs = qe.execSelect();
            switch (format) {
              case json -> ResultSetMgr.write(buf, rs, ResultSetLang.RS_JSON);
              case tsv -> tsv(rs, buf);
              case table -> ResultSetFormatter.out(buf, rs);
              default -> throw new IllegalStateException(format.toString());
            }
          }
          return null;
        });
      }
      return null;
    }, timeoutMillis);
    out.print(buf.toString(StandardCharsets.UTF_8));
    out.flush();
    return ExitCodes.OK;
  }

  /** Plain TSV: a header, then one row per answer; values as plain text, tabs and newlines as spaces. */
  static void tsv(ResultSet rs, ByteArrayOutputStream buf) {
    StringBuilder sb = new StringBuilder();
    List<String> vars = rs.getResultVars();
    sb.append(String.join("\t", vars)).append('\n');
    while (rs.hasNext()) {
      QuerySolution s = rs.next();
      for (int i = 0; i < vars.size(); i++) {
        RDFNode n = s.get(vars.get(i));
        String v = n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        sb.append(i > 0 ? "\t" : "").append(v.replaceAll("[\\t\\r\\n]+", " "));
      }
      sb.append('\n');
    }
    buf.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
  }
}
