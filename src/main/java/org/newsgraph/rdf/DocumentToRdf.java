package org.newsgraph.rdf;

import static org.newsgraph.rdf.Vocab.LABEL;
import static org.newsgraph.rdf.Vocab.TYPE;
import static org.newsgraph.rdf.Vocab.iri;
import static org.newsgraph.rdf.Vocab.nif;
import static org.newsgraph.rdf.Vocab.org;
import static org.newsgraph.rdf.Vocab.prov;
import static org.newsgraph.rdf.Vocab.schema;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.EventKind;
import org.newsgraph.doc.Facts;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.OrganizationEntity;
import org.newsgraph.doc.PersonEntity;
import org.newsgraph.doc.PersonKey;
import org.newsgraph.doc.Sentence;
import org.newsgraph.doc.Topics;
import org.newsgraph.lexicon.Gazetteers;
import org.newsgraph.lexicon.Gender;
import org.newsgraph.lexicon.TopicScheme;

/**
 * Turns one annotated document into the quads of its named graph. The graph IRI comes from the SHA-256
 * of the document ID and the cleaned text ({@link #graphKey}), so the same document always gives the same
 * graph, and one text under two IDs (syndicated wire copy) gives two graphs that never replace each other;
 * every node inside it is named from that graph IRI and from positions in the text, so the output is
 * deterministic.
 *
 * <pre>
 * DocumentRdf out = DocumentToRdf.convert(doc, Gazetteers.shipped());
 * dataset.add(out.quads());
 * </pre>
 */
public final class DocumentToRdf {
  /** Version of the extraction, stored on each document; a change re-extracts on the next ingest. */
  public static final String EXTRACTOR_VERSION = "newsgraph-0.4.0";

  /** At most this many evidence sentences are written for each topic... */
  static final int EVIDENCE = 3;
  /** ...and this many of its terms' occurrences as NIF phrases with offsets. */
  static final int TERM_OFFSETS = 2;

  private DocumentToRdf() {
  }

  /** The hex SHA-256 of the cleaned text, first 32 characters. */
  public static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The key of a document's graph: the hash of its ID and its text. The ID is part of it because two IDs are two
   * documents even when their texts are equal; a NUL separates them, which neither can contain after the guard.
   */
  public static String graphKey(String id, String text) {
    return hash(id + "\u0000" + text);
  }

  /** Converts a document that went through the whole pipeline. */
  public static DocumentRdf convert(Document doc, Gazetteers gaz) {
    return new Writer(doc, gaz).write();
  }

  private static final class Writer {
    final Document doc;
    final Gazetteers gaz;
    final String hash;
    final Node g;
    final String base;
    final Node d;
    final List<Quad> quads = new ArrayList<>();
    final Map<Integer, Node> sentenceNodes = new LinkedHashMap<>();
    final Map<String, Node> organizationNodes = new LinkedHashMap<>();
    final Topics topics;
    int facts;

    Writer(Document doc, Gazetteers gaz) {
      this.doc = doc;
      this.gaz = gaz;
      this.hash = hash(doc.text());
      this.g = Vocab.graph(graphKey(doc.id(), doc.text()));
      this.base = g.getURI();
      this.d = Vocab.document(doc.id());
      this.topics = doc.has(Annotations.TOPICS) ? doc.get(Annotations.TOPICS) : Topics.NONE;
    }

    void add(Node s, Node p, Node o) {
      quads.add(Quad.create(g, s, p, o));
    }

    Node str(String s) {
      return NodeFactory.createLiteralString(s);
    }

    Node integer(long n) {
      return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    Node decimal(double x) {
      return NodeFactory.createLiteralDT(new BigDecimal(Double.toString(x)).toPlainString(),
          XSDDatatype.XSDdecimal);
    }

    Node person(String key) {
      return iri(base + "/person/" + Vocab.encode(key));
    }

    Node person(PersonKey key) {
      return person(key.value());
    }

    Node sentence(int i) {
      return sentenceNodes.computeIfAbsent(i, k -> iri(base + "/sentence/" + k));
    }

    void provenance(Node fact, int sentence, String extractor, double confidence) {
      add(fact, prov("wasDerivedFrom"), sentence(sentence));
      add(fact, NG.document, d);
      add(fact, NG.extractor, str(extractor));
      add(fact, NG.confidence, decimal(confidence));
      facts++;
    }

    DocumentRdf write() {
      List<Sentence> sentences = doc.get(Annotations.SENTENCES);
      add(d, TYPE, schema("NewsArticle"));
      add(d, TYPE, prov("Entity"));
      add(d, schema("identifier"), str(doc.id()));
      add(d, NG.textHash, str(hash));
      add(d, NG.extractorVersion, str(EXTRACTOR_VERSION));
      doc.title().ifPresent(t -> add(d, schema("headline"), str(t)));
      doc.url().ifPresent(u -> add(d, schema("url"), str(u)));
      doc.date().ifPresent(dt -> add(d, schema("datePublished"),
          NodeFactory.createLiteralDT(dt.toString(), XSDDatatype.XSDdate)));
      int tokens = 0;
      for (Sentence s : sentences) {
        tokens += s.size();
      }
      add(d, NG.sentenceCount, integer(sentences.size()));
      add(d, NG.tokenCount, integer(tokens));
      for (String w : doc.warnings()) {
        add(d, NG.warning, str(w));
      }
      List<Mention> mentions = doc.get(Annotations.MENTIONS);
      List<PersonEntity> people = doc.get(Annotations.PEOPLE);
      Facts f = doc.get(Annotations.FACTS);
      Set<Integer> used = new TreeSet<>();
      Map<Mention, String> personOf = new LinkedHashMap<>();
      for (PersonEntity p : people) {
        for (Mention m : p.mentions()) {
          personOf.put(m, p.key());
        }
      }
      people(people);
      int mentionCount = mentions(mentions, personOf, used);
      mentionCount += organizations(used);
      roles(f, used);
      memberships(f, used);
      represents(f, used);
      interactions(f, used);
      quotes(f, used);
      mentionCount += topics(used);
      for (int i : used) {
        Sentence s = sentences.get(i);
        Node sn = sentence(i);
        add(sn, TYPE, nif("Sentence"));
        add(sn, nif("referenceContext"), d);
        add(sn, nif("beginIndex"), integer(s.span().getStart()));
        add(sn, nif("endIndex"), integer(s.span().getEnd()));
        add(sn, nif("anchorOf"), str(s.text()));
      }
      return new DocumentRdf(doc.id(), g, hash, quads, sentences.size(), tokens, mentionCount, facts,
          List.copyOf(doc.warnings()));
    }

    void people(List<PersonEntity> people) {
      for (PersonEntity p : people) {
        Node n = person(p.key());
        add(n, TYPE, NG.LocalPerson);
        add(n, NG.document, d);
        add(n, LABEL, str(p.name()));
        for (String form : new LinkedHashSet<>(p.forms())) {
          add(n, NG.nameForm, str(form));
        }
        if (p.description() != null) {
          add(n, NG.description, Vocab.role(p.description()));
        }
        Gender gender = Gender.of(p, doc.get(Annotations.SENTENCES));
        if (gender != Gender.UNKNOWN) {
          // what the honorifics and the given name say, so that corpus resolution keeps Laura Bush apart
          add(n, Vocab.schema("gender"), Vocab.schema(gender == Gender.MALE ? "Male"
              : "Female"));
        }
        for (String r : p.reasons()) {
          add(n, NG.mergeReason, str(r));
        }
      }
    }

    int mentions(List<Mention> mentions, Map<Mention, String> personOf, Set<Integer> used) {
      List<Sentence> sentences = doc.get(Annotations.SENTENCES);
      int n = 0;
      Set<Node> countries = new LinkedHashSet<>();
      for (Mention m : mentions) {
        Node target = switch (m.type()) {
          case PERSON, DESCRIPTION -> personOf.containsKey(m) ? person(personOf.get(m)) : null;
          case COUNTRY -> Vocab.country(m.ref());
          default -> null;
        };
        if (target == null) {
          continue;
        }
        mention(m, target, used);
        n++;
        if (m.type() == MentionType.COUNTRY) {
          countries.add(target);
        }
      }
      for (Node c : countries) {
        add(d, schema("mentions"), c);
      }
      return n;
    }

    /** A NIF phrase for one mention, denoting its person, country or organization. */
    void mention(Mention m, Node target, Set<Integer> used) {
      Sentence s = doc.get(Annotations.SENTENCES).get(m.sentence());
      int begin = s.tokenSpans()[m.start()].getStart();
      int end = s.tokenSpans()[m.end() - 1].getEnd();
      Node mn = iri(base + "/mention/" + begin + "-" + end + "-" + m.type().name().toLowerCase(Locale.ROOT));
      add(mn, TYPE, nif("Phrase"));
      add(mn, nif("referenceContext"), d);
      add(mn, nif("beginIndex"), integer(begin));
      add(mn, nif("endIndex"), integer(end));
      add(mn, nif("anchorOf"), str(doc.text().substring(begin, end)));
      add(mn, NG.sentence, sentence(m.sentence()));
      add(mn, NG.denotes, target);
      add(mn, NG.extractor, str(m.source()));
      used.add(m.sentence());
    }

    /** The node of an organization: corpus-wide, or the document's own for a generic name without a country. */
    Node organization(OrganizationEntity o) {
      return o.generic() && o.country() == null ? iri(base + "/organization/" + Vocab.encode(o.key()))
          : Vocab.organization(o.key());
    }

    int organizations(Set<Integer> used) {
      int n = 0;
      int statements = 0;
      for (OrganizationEntity o : doc.get(Annotations.ORGANIZATIONS)) {
        Node on = organization(o);
        organizationNodes.put(o.key(), on);
        add(on, TYPE, NG.Organization);
        add(on, TYPE, schema("Organization"));
        add(on, TYPE, org("Organization"));
        add(on, LABEL, str(o.name()));
        add(on, NG.document, d);
        for (String form : o.forms()) {
          add(on, NG.nameForm, str(form));
        }
        if (o.acronym() != null) {
          add(on, NG.acronym, str(o.acronym()));
        }
        if (o.country() != null) {
          add(on, NG.country, Vocab.country(o.country()));
          if (o.countrySentence() >= 0) {
            Node fact = iri(base + "/organization-country/" + statements++);
            add(fact, TYPE, NG.OrganizationCountryStatement);
            add(fact, NG.organization, on);
            add(fact, NG.country, Vocab.country(o.country()));
            add(fact, NG.reason, str(o.countryReason()));
            provenance(fact, o.countrySentence(), "organization-country", 0.8);
            used.add(o.countrySentence());
          }
        }
        for (Mention m : o.mentions()) {
          mention(m, on, used);
          n++;
        }
      }
      return n;
    }

    void memberships(Facts f, Set<Integer> used) {
      int i = 0;
      for (Facts.Membership m : f.memberships) {
        Node on = organizationNodes.get(m.organization());
        if (on == null) {
          continue;
        }
        Node fact = iri(base + "/membership/" + i++);
        add(fact, TYPE, org("Membership"));
        add(fact, TYPE, NG.MembershipStatement);
        add(fact, org("member"), person(m.person()));
        add(fact, org("organization"), on);
        if (m.role() != null) {
          add(fact, org("role"), Vocab.role(m.role()));
          add(fact, NG.roleLabel, str(m.label()));
        }
        add(person(m.person()), org("memberOf"), on);
        provenance(fact, m.sentence(), m.extractor(), m.confidence());
        used.add(m.sentence());
      }
    }

    void roles(Facts f, Set<Integer> used) {
      int i = 0;
      for (Facts.Role r : f.roles) {
        Node fact = iri(base + "/role/" + i++);
        Node post = Vocab.post(r.role(), r.country());
        add(fact, TYPE, org("Membership"));
        add(fact, TYPE, NG.RoleStatement);
        add(fact, org("member"), person(r.person()));
        add(fact, org("role"), Vocab.role(r.role()));
        add(fact, NG.post, post);
        add(fact, NG.roleLabel, str(r.label()));
        doc.date().ifPresent(dt -> add(fact, NG.observedOn,
            NodeFactory.createLiteralDT(dt.toString(), XSDDatatype.XSDdate)));
        add(person(r.person()), org("holds"), post);
        add(post, TYPE, org("Post"));
        add(post, org("role"), Vocab.role(r.role()));
        String roleLabel = r.roleLabel();
        if (gaz.role(r.role().value()) == null) {
          Node role = Vocab.role(r.role());
          add(role, TYPE, org("Role"));
          add(role, LABEL, str(roleLabel));
          if (r.kind() != null) {
            add(role, Vocab.skos("broader"), Vocab.role(r.kind()));
          }
        }
        if (r.country() != null) {
          add(post, NG.country, Vocab.country(r.country()));
          add(post, LABEL, str(roleLabel + " (" + gaz.countryName(r.country().value()) + ")"));
        } else {
          add(post, LABEL, str(roleLabel));
        }
        provenance(fact, r.sentence(), r.extractor(), r.confidence());
        used.add(r.sentence());
      }
    }

    void represents(Facts f, Set<Integer> used) {
      int i = 0;
      for (Facts.Represents r : f.represents) {
        Node fact = iri(base + "/represents/" + i++);
        add(fact, TYPE, NG.RepresentsStatement);
        add(fact, NG.agent, person(r.person()));
        add(fact, NG.country, Vocab.country(r.country()));
        add(fact, NG.reason, str(r.reason()));
        add(person(r.person()), NG.represents, Vocab.country(r.country()));
        provenance(fact, r.sentence(), r.extractor(), r.confidence());
        used.add(r.sentence());
      }
    }

    void interactions(Facts f, Set<Integer> used) {
      int i = 0;
      for (Facts.Interaction e : f.interactions) {
        Node ev = iri(base + "/event/" + i++);
        add(ev, TYPE, e.kind() == EventKind.MET ? NG.Meeting : NG.Contact);
        add(ev, TYPE, schema("Event"));
        for (PersonKey p : e.sideA()) {
          add(ev, NG.sideA, person(p));
          add(ev, NG.participant, person(p));
        }
        for (PersonKey p : e.sideB()) {
          add(ev, NG.sideB, person(p));
          add(ev, NG.participant, person(p));
        }
        add(ev, NG.trigger, str(e.trigger()));
        add(ev, NG.modality, switch (e.modality()) {
          case HAPPENED -> NG.Happened;
          case PLANNED -> NG.Planned;
          case NEGATED -> NG.Negated;
          case CLAIMED -> NG.Claimed;
        });
        add(ev, NG.cameoCode, str(e.cameo().code()));
        add(ev, NG.medium, str(e.medium().label()));
        if (e.place() != null) {
          add(ev, NG.placeName, str(e.place()));
        }
        if (e.time() != null) {
          add(ev, NG.timeExpression, str(e.time()));
        }
        doc.date().ifPresent(dt -> add(ev, NG.reportedOn,
            NodeFactory.createLiteralDT(dt.toString(), XSDDatatype.XSDdate)));
        for (String is : e.issues()) {
          add(ev, NG.about, Vocab.topic(is));
        }
        provenance(ev, e.sentence(), e.extractor(), e.confidence());
        used.add(e.sentence());
      }
    }

    /**
     * The article's topics: schema:about each, and a ng:TopicAssignment with rank, confidence, its first
     * {@value #EVIDENCE} evidence sentences, its terms, and the first {@value #TERM_OFFSETS} occurrences of its terms
     * as NIF phrases with offsets (every occurrence would grow a news store by a fifth and tell a reader little more).
     */
    int topics(Set<Integer> used) {
      List<Sentence> sentences = doc.get(Annotations.SENTENCES);
      int n = 0;
      for (Topics.Topic t : topics.article()) {
        Node c = Vocab.topic(t.concept());
        add(d, schema("about"), c);
        Node a = iri(base + "/topic/" + t.rank());
        add(a, TYPE, NG.TopicAssignment);
        add(a, NG.topic, c);
        add(a, NG.rank, integer(t.rank()));
        add(a, NG.document, d);
        add(a, NG.extractor, str("topic-terms"));
        add(a, NG.confidence, decimal(t.confidence()));
        for (int s : t.sentences().subList(0, Math.min(EVIDENCE, t.sentences().size()))) {
          add(a, prov("wasDerivedFrom"), sentence(s));
          used.add(s);
        }
        for (String term : t.terms()) {
          add(a, NG.term, str(term));
        }
        Set<String> tree = TopicScheme.shipped().descendantsAndSelf(t.concept());
        n += topicTerms(topics.terms().stream().filter(x -> tree.contains(x.concept()) && used.contains(x.sentence()))
            .limit(TERM_OFFSETS).toList(), sentences, used);
      }
      return n;
    }

    int topicTerms(List<Topics.Term> terms, List<Sentence> sentences, Set<Integer> used) {
      int n = 0;
      for (Topics.Term t : terms) {
        Sentence s = sentences.get(t.sentence());
        int begin = s.tokenSpans()[t.start()].getStart();
        int end = s.tokenSpans()[t.end() - 1].getEnd();
        Node mn = iri(base + "/mention/" + begin + "-" + end + "-issue");
        add(mn, TYPE, nif("Phrase"));
        add(mn, nif("referenceContext"), d);
        add(mn, nif("beginIndex"), integer(begin));
        add(mn, nif("endIndex"), integer(end));
        add(mn, nif("anchorOf"), str(doc.text().substring(begin, end)));
        add(mn, NG.sentence, sentence(t.sentence()));
        add(mn, NG.denotes, Vocab.topic(t.concept()));
        add(mn, NG.extractor, str("topic-terms"));
        used.add(t.sentence());
        n++;
      }
      return n;
    }

    void quotes(Facts f, Set<Integer> used) {
      int i = 0;
      for (Facts.Quote q : f.quotes) {
        Node qn = iri(base + "/quote/" + i++);
        add(qn, TYPE, schema("Quotation"));
        add(qn, schema("text"), str(q.text()));
        add(qn, schema("spokenByCharacter"), person(q.speaker()));
        add(qn, schema("isPartOf"), d);
        add(qn, nif("beginIndex"), integer(q.start()));
        add(qn, nif("endIndex"), integer(q.end()));
        for (String c : topics.quotes().size() > i - 1 ? topics.quotes().get(i - 1) : Set.<String>of()) {
          add(qn, NG.about, Vocab.topic(c));
        }
        provenance(qn, q.sentence(), q.extractor(), q.confidence());
        used.add(q.sentence());
      }
    }

  }
}
