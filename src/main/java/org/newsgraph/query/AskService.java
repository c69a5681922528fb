package org.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import org.newsgraph.lexicon.Gazetteers;
import org.newsgraph.lexicon.TopicScheme;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.resolve.NameKeys;

/**
 * Turns an English question into one of a fixed set of SPARQL templates plus bound values. User text is
 * never put into query text: it becomes an RDF literal bound to a variable of the parsed template.
 *
 * <pre>
 * AskService.Plan plan = AskService.plan("Who met Putin?", false);
 * Query q = plan.query();   // met-person.rq with ?name bound to "putin"
 * </pre>
 */
public final class AskService {
  private AskService() {
  }

  /** A question form: pattern, template, and what it binds. */
  private record Form(String example, Pattern pattern, String template, String kind) {
  }

  private static final String NAME = "(?<name>.+?)";
  private static final List<Form> FORMS = List.of(
      form("Who met whom?", "who\\s+(?:has\\s+|have\\s+|had\\s+)?met\\s+(?:whom|who)", "met-pairs", "Meeting"),
      form("Who discussed TOPIC?", "who\\s+(?:has\\s+|have\\s+)?(?:discussed|discusses|talked\\s+about|spoke\\s+about|"
          + "raised|negotiated\\s+(?:on|over|about)?)\\s+(?<topic>.+?)", "topic-people", null),
      form("Which meetings were about TOPIC?", "(?:which|what)\\s+(?:meetings|meeting|talks|contacts|calls|"
          + "interactions)\\s+(?:were|was|are|is)\\s+(?:about|on|over)\\s+(?<topic>.+?)", "topic-meetings", null),
      form("Who talked to whom?", "who\\s+(?:talked|spoke|has\\s+talked|has\\s+spoken)\\s+(?:to|with)\\s+(?:whom|who)",
          "met-pairs", "Contact"),
      form("Where and when did X meet Y?", "(?:where\\s+and\\s+when|when\\s+and\\s+where|where|when)\\s+did\\s+"
          + NAME + "\\s+meet\\s+(?:with\\s+)?(?<other>.+?)", "meeting-details", "Meeting"),
      form("Who met X?", "(?:who|whom)\\s+(?:has\\s+|have\\s+|had\\s+)?met\\s+(?:with\\s+)?" + NAME, "met-person",
          "Meeting"),
      form("Whom did X meet?", "(?:who|whom)\\s+(?:did|has|had)\\s+" + NAME + "\\s+(?:meet|met)(?:\\s+with)?",
          "met-person", "Meeting"),
      form("Who talked to X?", "who\\s+(?:has\\s+|had\\s+)?(?:talked|spoke|spoken|phoned|called|telephoned|wrote|"
          + "written|contacted|talk|speak)\\s+(?:to\\s+|with\\s+)?" + NAME, "met-person", "Contact"),
      form("Whom did X talk to?", "(?:who|whom)\\s+did\\s+" + NAME + "\\s+(?:talk|speak|write|phone|call|contact)"
          + "(?:\\s+(?:to|with))?", "met-person", "Contact"),
      form("What role does X have?", "what\\s+(?:role|roles|title|titles|position|positions|post|posts|job)\\s+"
          + "(?:does|did|do)\\s+" + NAME + "\\s+(?:have|hold|had|held)", "role-person", null),
      form("What is X's role?", "what\\s+(?:is|was|are)\\s+" + NAME + "(?:'s|’s)\\s+(?:role|title|position|post|job)",
          "role-person", null),
      form("Who works for ORG?", "who\\s+(?:works|worked|work|serves|served|is|are|was|were)\\s+(?:for|at|with|in)\\s+"
          + "(?<org>.+?)", "works-for", null),
      form("Who is a member of ORG?", "who\\s+(?:is|are|was|were)\\s+(?:a\\s+|the\\s+)?(?:member|members|"
          + "official|officials)\\s+(?:of|in)\\s+(?<org>.+?)", "works-for", null),
      form("Who is X?", "who\\s+(?:is|was)\\s+" + NAME, "role-person", null),
      form("Who represents COUNTRY?", "who\\s+(?:represents|represented|speaks\\s+for|is\\s+from|are\\s+from|"
          + "leads|led)\\s+(?<country>.+?)", "represents", null),
      form("What issues did X discuss?", "what\\s+(?:issues|issue|topics|topic|subjects)?\\s*(?:did|does|has)\\s+"
          + NAME + "\\s+(?:discuss|discussed|talk\\s+about|raise|raised)", "issues-person", null),
      form("What did X say?", "what\\s+(?:did|does|has)\\s+" + NAME + "\\s+(?:say|said)(?:\\s+about\\s+.*)?",
          "quotes-person", null));

  private static Form form(String example, String regex, String template, String kind) {
    return new Form(example, Pattern.compile("^\\s*" + regex + "\\s*[?.!]*\\s*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), template, kind);
  }

  /** A question that matched no form. */
  public static final class NotUnderstoodException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The error, with the known forms. */
    public NotUnderstoodException(String message) {
      super(message);
    }
  }

  /** The template to run and the values to bind into it. */
  public record Plan(String template, String templateText, Map<String, Node> bindings) {
    /** The parsed template, before binding. */
    public Query templateQuery() {
      return SafeQuery.parse(templateText, 10_000);
    }

    /** The query as run: the template with the values substituted for its variables. */
    public Query query() {
      Map<Var, Node> m = new LinkedHashMap<>();
      bindings.forEach((k, v) -> m.put(Var.alloc(k), v));
      return QueryTransformOps.transform(templateQuery(), m);
    }
  }

  /** How many people a name may stand for in one question. */
  static final int MAX_PEOPLE = 50;

  /**
   * The query to run on this store: the names of the plan looked up first, in the entities graph's
   * {@code ng:nameKey} index (an exact key, and for a one-word name or when nothing is exact, the keys that end with
   * it: "Rice" finds "condoleezza rice"), and
   * bound as the template's {@code VALUES ?p} (and {@code ?o}); the other values substituted. A question that starts
   * from a handful of people touches only their events, whatever the size of the store.
   */
  public static Query resolve(DatasetGraph dsg, Plan plan) {
    Map<Var, Node> m = new LinkedHashMap<>();
    plan.bindings().forEach((k, v) -> {
      if (!k.equals("name") && !k.equals("other") && !k.equals("topic") && !k.equals("orgname")) {
        m.put(Var.alloc(k), v);
      }
    });
    Query q = QueryTransformOps.transform(plan.templateQuery(), m);
    Map<String, List<Node>> people = new LinkedHashMap<>();
    if (plan.bindings().containsKey("name")) {
      people.put("p", people(dsg, plan.bindings().get("name").getLiteralLexicalForm()));
    }
    if (plan.bindings().containsKey("other")) {
      people.put("o", people(dsg, plan.bindings().get("other").getLiteralLexicalForm()));
    }
    if (plan.bindings().containsKey("orgname")) {
      people.put("org", organizations(dsg, plan.bindings().get("orgname").getLiteralLexicalForm()));
    }
    if (plan.bindings().containsKey("topic")) {
      // the asked concept and every concept below it, so that "peace process" also finds talks about a ceasefire
      people.put("c", TopicScheme.shipped().descendantsAndSelf(plan.bindings().get("topic").getURI()).stream()
          .map(NodeFactory::createURI).toList());
    }
    if (!people.isEmpty()) {
      ElementWalker.walk(q.getQueryPattern(),
          new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
              for (Map.Entry<String, List<Node>> e : people.entrySet()) {
                Var v = Var.alloc(e.getKey());
                if (data.getVars().equals(List.of(v))) {
                  data.getRows().clear();
                  for (Node n : e.getValue()) {
                    data.add(BindingFactory.binding(v, n));
                  }
                }
              }
            }
          });
    }
    return q;
  }

  /** The canonical people a name (normalized as the plan has it) stands for, by the ng:nameKey index. */
  static List<Node> people(DatasetGraph dsg, String name) {
    String key = NameKeys.key(name);
    Node g = Vocab.ENTITIES_GRAPH;
    Set<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
    dsg.find(g, Node.ANY, NG.nameKey, NodeFactory.createLiteralString(key)).forEachRemaining(
        x -> out.add(x.getSubject()));
    if ((out.isEmpty() || key.indexOf(' ') < 0) && !key.isEmpty()) {
      // a surname stands for every full name that ends with it ("Rice": Condoleezza and Susan)
      String tail = " " + key;
      dsg.find(g, Node.ANY, NG.nameKey, Node.ANY).forEachRemaining(x -> {
        if (x.getObject().isLiteral() && x.getObject().getLiteralLexicalForm().endsWith(tail)) {
          out.add(x.getSubject());
        }
      });
    }
    return out.stream().limit(MAX_PEOPLE).toList();
  }

  /**
   * The organizations a name stands for: the corpus-wide organization of that folded name (or of the lexicon's
   * preferred name, "IAEA" for the International Atomic Energy Agency), and every organization that a document
   * writes that way or gives that acronym. Found through the indexes, without a scan.
   */
  static List<Node> organizations(DatasetGraph dsg, String name) {
    Set<Node> out = new TreeSet<>(Comparator.comparing(Node::toString));
    Gazetteers gaz = Gazetteers.shipped();
    List<String> names = new ArrayList<>(List.of(name));
    for (String n : List.of(name, name.toUpperCase(Locale.ROOT))) {
      String known = gaz.organizations().lookup(n);
      if (known != null) {
        names.add(known);
      }
    }
    for (String n : names) {
      out.add(Vocab.organization(Gazetteers.organizationKey(n)));
      for (Node p : List.of(NG.nameForm, NG.acronym)) {
        dsg.find(Node.ANY, Node.ANY, p, NodeFactory.createLiteralString(n)).forEachRemaining(q -> {
          if (dsg.contains(q.getGraph(), q.getSubject(), Vocab.TYPE, NG.Organization)) {
            out.add(q.getSubject());
          }
        });
      }
    }
    return out.stream().limit(MAX_PEOPLE).toList();
  }

  /** The example of every question form, for help and error messages. */
  public static List<String> examples() {
    return FORMS.stream().map(Form::example).toList();
  }

  /** Plans a question; {@code anyModality} also counts planned, denied and claimed meetings. */
  public static Plan plan(String question, boolean anyModality) {
    Objects.requireNonNull(question);
    String q = question.replace('\u0000', ' ').strip();
    if (q.length() > 500) {
      throw new NotUnderstoodException("question too long (" + q.length() + " characters; at most 500)");
    }
    for (Form f : FORMS) {
      Matcher m = f.pattern().matcher(q);
      if (!m.matches()) {
        continue;
      }
      Map<String, Node> b = new LinkedHashMap<>();
      if (f.kind() != null) {
        b.put("kind", f.kind().equals("Meeting") ? NG.Meeting : NG.Contact);
      }
      if (!anyModality && !f.template().equals("represents") && !f.template().equals("role-person")
          && !f.template().equals("issues-person") && !f.template().equals("quotes-person")
          && !f.template().equals("topic-people") && !f.template().equals("works-for")) {
        b.put("modality", NG.Happened);
      }
      if (f.pattern().pattern().contains("?<name>")) {
        b.put("name", literal(m.group("name")));
      }
      if (f.pattern().pattern().contains("?<other>")) {
        b.put("other", literal(m.group("other")));
      }
      if (f.pattern().pattern().contains("?<topic>")) {
        String text = m.group("topic").strip().replaceFirst("(?i)^(the|a|an)\\s+", "");
        String concept = TopicScheme.shipped().find(text);
        if (concept == null) {
          throw new NotUnderstoodException("no issue called \"" + shorten(text) + "\": name an IPTC Media Topic by its "
              + "label, one of its altLabels or its code (medtop:20000076)");
        }
        b.put("topic", NodeFactory.createURI(concept));
      }
      if (f.pattern().pattern().contains("?<org>")) {
        b.put("orgname", NodeFactory.createLiteralString(m.group("org").strip().replaceFirst("(?i)^the\\s+", "")));
      }
      if (f.pattern().pattern().contains("?<country>")) {
        String text = m.group("country").replaceFirst("(?i)^the\\s+", "");
        String code = Gazetteers.shipped().countries().lookup(text);
        if (code == null) {
          for (Map.Entry<String, String> e : Gazetteers.shipped().countryNames().entrySet()) {
            if (e.getValue().equalsIgnoreCase(text)) {
              code = e.getKey();
            }
          }
        }
        b.put("country", code == null ? Vocab.iri(Vocab.ID + "country/unknown") : Vocab.country(code));
      }
      return new Plan(f.template(), template(f.template()), b);
    }
    throw new NotUnderstoodException("question not understood: \"" + shorten(q) + "\". Known forms: "
        + String.join(" | ", examples()));
  }

  private static String shorten(String q) {
    String one = q.replaceAll("\\s+", " ");
    return one.length() > 80 ? one.substring(0, 80) + "…" : one;
  }

  /** A plain literal of the normalized name: what the templates compare with lower-cased labels. */
  private static Node literal(String name) {
    String n = name.strip().replaceFirst("(?i)^(mr|mrs|ms|dr|president|secretary)\\.?\\s+", "");
    return NodeFactory.createLiteralString(n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
  }

  /** The PREFIX lines that every template uses. */
  public static String prefixes() {
    return Prefixes.sparql();
  }

  /** The text of a template (with prefixes) from the jar. */
  public static String template(String name) {
    return prefixes() + resource(name);
  }

  private static String resource(String name) {
    String path = "/org/newsgraph/query/" + name + ".rq";
    try (InputStream in = Objects.requireNonNull(AskService.class.getResourceAsStream(path), path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
