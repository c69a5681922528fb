package org.newsgraph.query;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.SortCondition;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitor;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.ModelUtils;
import org.apache.jena.update.UpdateFactory;

/**
 * Read-only SPARQL over a dataset: queries only (an update is refused), no {@code SERVICE}, a timeout,
 * and a default {@code LIMIT} on SELECT. Values are bound into the parsed query, never pasted into text.
 *
 * <pre>
 * Query q = SafeQuery.parse("SELECT * { ?s ?p ?o }", 1000);
 * SafeQuery.write(dsg, q, Map.of(), 10_000, "table", System.out);
 * </pre>
 */
public final class SafeQuery {
  private SafeQuery() {
  }

  static {
    ARQ.init();
    ARQ.getContext().set(ARQ.httpServiceAllowed, false);
  }

  /** The query is not acceptable: an update, a SERVICE call, or bad syntax. */
  public static final class RefusedException extends QueryParseException {
    private static final long serialVersionUID = 1L;

    /** A refusal. */
    public RefusedException(String message) {
      super(message, -1, -1);
    }
  }

  /** Parses a query; refuses updates and SERVICE; adds {@code LIMIT defaultLimit} to a SELECT without one. */
  public static Query parse(String text, long defaultLimit) {
    Query q;
    try {
      q = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
    } catch (QueryParseException e) {
      boolean update;
      try {
        UpdateFactory.create(text);
        update = true;
      } catch (RuntimeException ignored) {
        update = false;
      }
      if (update) {
        throw new RefusedException("updates are not allowed: the query command is read-only");
      }
      throw new RefusedException("invalid SPARQL: " + e.getMessage().lines().findFirst().orElse(""));
    }
    ServiceFinder finder = new ServiceFinder();
    if (q.getQueryPattern() != null) {
      ElementWalker.walk(q.getQueryPattern(), finder);
    }
    q.getHavingExprs().forEach(finder::check);
    q.getProject().getExprs().values().forEach(finder::check);
    Op algebra = Algebra.compile(q);
    String redos = catastrophicRegex(algebra);
    if (redos != null) {
      throw new RefusedException("REGEX pattern " + redos + " repeats a repetition (catastrophic backtracking); a "
          + "regular expression cannot be stopped by the timeout once it runs");
    }
    if (finder.found || hasService(algebra)) {
      throw new RefusedException("SERVICE is disabled: newsgraph never queries remote endpoints");
    }
    if (q.isSelectType() && !q.hasLimit() && defaultLimit > 0) {
      q.setLimit(defaultLimit);
    }
    return q;
  }

  /**
   * Whether the algebra of a query calls SERVICE anywhere: in a subquery, ORDER BY, GROUP BY, HAVING, a projected
   * expression, or inside EXISTS in any of them. The syntax walk above misses some of these places; the algebra
   * holds all of them.
   */
  static boolean hasService(Op op) {
    return anywhere(op, true, f -> false);
  }

  /** The first constant REGEX or REPLACE pattern of the algebra that {@link #nestedRepetition} refuses, or null. */
  static String catastrophicRegex(Op op) {
    String[] found = {null};
    anywhere(op, false, f -> {
      if ((f instanceof E_Regex || f instanceof E_StrReplace)
          && f.numArgs() >= 2 && f.getArg(2).isConstant()
          && nestedRepetition(f.getArg(2).getConstant().asUnquotedString())) {
        found[0] = "'" + f.getArg(2).getConstant().asUnquotedString() + "'";
        return true;
      }
      return false;
    });
    return found[0];
  }

  /**
   * Whether the algebra holds a SERVICE call (when {@code service}) or a function that {@code test} accepts,
   * anywhere: in every operator, in sort conditions (which the algebra walker leaves out), and inside EXISTS.
   */
  private static boolean anywhere(Op op, boolean service,
      Predicate<ExprFunction> test) {
    boolean[] found = {false};
    ExprVisitorBase exprs = new ExprVisitorBase() {
      @Override
      public void visit(ExprFunction1 f) {
        found[0] |= test.test(f);
      }

      @Override
      public void visit(ExprFunction2 f) {
        found[0] |= test.test(f);
      }

      @Override
      public void visit(ExprFunction3 f) {
        found[0] |= test.test(f);
      }

      @Override
      public void visit(ExprFunctionN f) {
        found[0] |= test.test(f);
      }

      @Override
      public void visit(ExprFunctionOp f) {
        found[0] |= f.getGraphPattern() != null && anywhere(f.getGraphPattern(), service, test);
      }
    };
    OpVisitor ops = new OpVisitorBase() {
      @Override
      public void visit(OpService s) {
        found[0] |= service;
      }

      @Override
      public void visit(OpOrder o) {
        for (SortCondition c : o.getConditions()) {
          Walker.walk(c.getExpression(), exprs);
        }
      }
    };
    Walker.walk(op, ops, exprs);
    return found[0];
  }

  /**
   * Whether a regular expression repeats a group that itself repeats or alternates ("(a+)+", "(.*)*",
   * "(a|aa)*", "(x+y?){2,}"): the shapes whose backtracking grows exponentially with the input.
   */
  static boolean nestedRepetition(String pattern) {
    ArrayDeque<boolean[]> groups = new ArrayDeque<>();
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
        continue;
      }
      if (inClass) {
        inClass = c != ']';
        continue;
      }
      switch (c) {
        case '[' -> inClass = true;
        case '(' -> groups.push(new boolean[] {false});
        case '*', '+', '{', '|' -> {
          if (!groups.isEmpty()) {
            groups.peek()[0] = true;
          }
        }
        case ')' -> {
          boolean risky = groups.isEmpty() ? false : groups.pop()[0];
          char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : ' ';
          if (risky && (next == '*' || next == '+' || next == '{')) {
            return true;
          }
          if (risky && !groups.isEmpty()) {
            groups.peek()[0] = true;
          }
        }
        default -> { }
      }
    }
    return false;
  }

  /** Finds SERVICE anywhere in a query, also inside EXISTS and NOT EXISTS. */
  private static final class ServiceFinder extends ElementVisitorBase {
    boolean found;

    @Override
    public void visit(ElementService el) {
      found = true;
    }

    @Override
    public void visit(ElementFilter el) {
      check(el.getExpr());
    }

    @Override
    public void visit(ElementBind el) {
      check(el.getExpr());
    }

    void check(Expr expr) {
      ServiceFinder self = this;
      Walker.walk(expr, new ExprVisitorBase() {
        @Override
        public void visit(ExprFunctionOp op) {
          if (op.getElement() != null) {
            ElementWalker.walk(op.getElement(), self);
          }
        }
      });
    }
  }

  /** A query execution with bindings, timeout and SERVICE disabled. */
  public static QueryExecution exec(DatasetGraph dsg, Query q, Map<String, Node> bindings, long timeoutMs) {
    Dataset ds = DatasetFactory.wrap(dsg);
    var b = QueryExecution.dataset(ds).query(q).timeout(timeoutMs)
        .set(ARQ.httpServiceAllowed, false);
    for (Map.Entry<String, Node> e : bindings.entrySet()) {
      b = b.substitution(e.getKey(), ModelUtils.convertGraphNodeToRDFNode(e.getValue()));
    }
    return b.build();
  }

  /** Runs the query and writes the result in {@code format} (table, csv, tsv, json; RDF as Turtle). */
  public static void write(DatasetGraph dsg, Query q, Map<String, Node> bindings, long timeoutMs, String format,
      OutputStream out) {
    try (QueryExecution qe = exec(dsg, q, bindings, timeoutMs)) {
      String f = format.toLowerCase(Locale.ROOT);
      if (q.isSelectType()) {
        ResultSet rs = qe.execSelect();
        switch (f) {
          case "csv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
          case "tsv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
          case "json" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
          default -> ResultSetFormatter.out(out, rs, q.getPrologue());
        }
      } else if (q.isAskType()) {
        boolean b = qe.execAsk();
        switch (f) {
          case "csv" -> ResultSetMgr.write(out, b, ResultSetLang.RS_CSV);
          case "tsv" -> ResultSetMgr.write(out, b, ResultSetLang.RS_TSV);
          case "json" -> ResultSetMgr.write(out, b, ResultSetLang.RS_JSON);
          default -> ResultSetFormatter.out(out, b);
        }
      } else {
        Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
        RDFDataMgr.write(out, m, f.equals("json") ? Lang.JSONLD : Lang.TURTLE);
      }
    }
  }
}
