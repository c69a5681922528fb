package org.newsgraph.rdf;

import org.apache.jena.graph.Node;

/**
 * The terms of the newsgraph ontology ({@code ontology/newsgraph.ttl}) as constants, in the manner of Jena's
 * vocabulary classes ({@code SKOS.Concept}): code names a term by a constant that the compiler checks, and
 * {@code NgVocabularyTest} checks that each constant is declared in the ontology with a label and a comment.
 *
 * <pre>
 * dsg.add(g, event, Vocab.TYPE, NG.Meeting);
 * </pre>
 */
public final class NG {
  private NG() {
  }

  /** That an article is substantially about an IPTC Media Topic, with rank, confidence and evidence. */
  public static final Node TopicAssignment = term("TopicAssignment");

  /** The concept of a topic assignment. */
  public static final Node topic = term("topic");

  /** The rank of a topic among the article's topics, 1 first. */
  public static final Node rank = term("rank");

  /** A term of the text that triggered a topic. */
  public static final Node term = term("term");

  /** The namespace. */
  public static final String NS = Vocab.NG;

  private static Node term(String local) {
    return Vocab.ng(local);
  }

  /** A fact extracted from one sentence of one document, with its extractor and confidence. */
  public static final Node Statement = term("Statement");

  /** A person as one document names them, after in-document resolution; resolves to a canonical … */
  public static final Node LocalPerson = term("LocalPerson");

  /** A canonical person across the corpus, labelled with the fullest name seen. */
  public static final Node Person = term("Person");

  /**
   * An organization (also schema:Organization and org:Organization): a well-known body, or one named the same way
   * in several documents; a body whose name only says what it does ("Foreign Ministry") and whose country the text
   * does not give stays in its document.
   */
  public static final Node Organization = term("Organization");

  /** The acronym of an organization ("IAEA"), from the lexicon or defined in the text. */
  public static final Node acronym = term("acronym");

  /** The organization whose country an organization-country statement gives. */
  public static final Node organization = term("organization");

  /** A person's post in, or membership of, an organization (also org:Membership), read from one sentence. */
  public static final Node MembershipStatement = term("MembershipStatement");

  /** An organization's country, as one sentence gives it ("Iran's Foreign Ministry"). */
  public static final Node OrganizationCountryStatement = term("OrganizationCountryStatement");

  /** A country, identified by its ISO 3166-1 alpha-2 code. */
  public static final Node Country = term("Country");

  /** Two sides of people dealing with each other, as a sentence reports it. */
  public static final Node Interaction = term("Interaction");

  /** An in-person meeting (CAMEO 040, 042, 043, 044, 046). */
  public static final Node Meeting = term("Meeting");

  /** Communication without meeting: a telephone call (CAMEO 041), a letter or a message. */
  public static final Node Contact = term("Contact");

  /** A person holds a role (org:role), in a post (ng:post) of a country when the text gives one, as … */
  public static final Node RoleStatement = term("RoleStatement");

  /** A person is an official, leader or citizen of a country. */
  public static final Node RepresentsStatement = term("RepresentsStatement");

  /** Why a document-local person was resolved to a canonical person: the rule and the reason. */
  public static final Node Merge = term("Merge");

  /** Whether an interaction happened, was planned, was denied, or is only claimed. */
  public static final Node Modality = term("Modality");

  /** Reported as having happened or happening. */
  public static final Node Happened = term("Happened");

  /** Planned or scheduled; not yet happened. */
  public static final Node Planned = term("Planned");

  /** Denied, refused, cancelled or negated. */
  public static final Node Negated = term("Negated");

  /** Claimed or alleged, not confirmed by the text. */
  public static final Node Claimed = term("Claimed");

  /** The article a statement or local person comes from. */
  public static final Node document = term("document");

  /** The rule or model that produced a statement or mention. */
  public static final Node extractor = term("extractor");

  /** How sure the extractor is, from 0 to 1. */
  public static final Node confidence = term("confidence");

  /** A readable explanation of an inference or a merge. */
  public static final Node reason = term("reason");

  /** The sentence a mention stands in. */
  public static final Node sentence = term("sentence");

  /** What a mention names: a local person, a country or an issue. */
  public static final Node denotes = term("denotes");

  /** SHA-256 (first 32 hex digits) of the cleaned text; names the document's graph. */
  public static final Node textHash = term("textHash");

  /** The newsgraph version that extracted the document. */
  public static final Node extractorVersion = term("extractorVersion");

  /** Sentences in the document. */
  public static final Node sentenceCount = term("sentenceCount");

  /** Tokens in the document. */
  public static final Node tokenCount = term("tokenCount");

  /** How processing of the document was degraded. */
  public static final Node warning = term("warning");

  /** A way the text writes the person's name: of a local person, in its document; of a canonical … */
  public static final Node nameForm = term("nameForm");

  /** A lower-case, accent- and punctuation-free key of one of the person's names: the index that … */
  public static final Node nameKey = term("nameKey");

  /** What a member shares with the rest of its cluster and that supported the merge: shared-role:ID, … */
  public static final Node feature = term("feature");

  /** A user's correction of corpus resolution (merge, keep-apart, allow), with … */
  public static final Node Correction = term("Correction");

  /** What a correction does: merge, keep-apart or allow. */
  public static final Node action = term("action");

  /** The canonical person a correction names, as "1:slug" or "2:slug" (the two sides in order); … */
  public static final Node personSlug = term("personSlug");

  /** Why two mentions in one document were taken for one person. */
  public static final Node mergeReason = term("mergeReason");

  /** The role by which a document refers to a person it does not name ("the president-elect"). */
  public static final Node description = term("description");

  /** The canonical person a document-local person is. */
  public static final Node resolvesTo = term("resolvesTo");

  /** The canonical person of a merge. */
  public static final Node canonical = term("canonical");

  /** The local person a merge resolves. */
  public static final Node member = term("member");

  /** The resolution rule: same-name, compatible-name, surname-unique, family-name-unique, … */
  public static final Node rule = term("rule");

  /** A user's decision that two names are different people. */
  public static final Node keepApart = term("keepApart");

  /** The post a role statement is about (a role, in a country when known). */
  public static final Node post = term("post");

  /** The title as the text writes it ("outgoing president"). */
  public static final Node roleLabel = term("roleLabel");

  /** The article's date: when the role was held, per the article. */
  public static final Node observedOn = term("observedOn");

  /** The person of a represents statement. */
  public static final Node agent = term("agent");

  /** The country of a represents statement or of a post. */
  public static final Node country = term("country");

  /** Shortcut of a represents statement: the person is an official, leader or citizen of the country. */
  public static final Node represents = term("represents");

  /** ISO 3166-1 alpha-2 code. */
  public static final Node isoCode = term("isoCode");

  /** A person on either side of an interaction. */
  public static final Node participant = term("participant");

  /** A person on the first side; pairs are formed only across sides. */
  public static final Node sideA = term("sideA");

  /** A person on the second side; pairs are formed only across sides. */
  public static final Node sideB = term("sideB");

  /** The word that reports the interaction ("met", "letter"). */
  public static final Node trigger = term("trigger");

  /** Whether the interaction happened. */
  public static final Node modality = term("modality");

  /** CAMEO event code: 040 consult, 041 telephone, 042 visit, 043 host, 044 third location, 046 … */
  public static final Node cameoCode = term("cameoCode");

  /** in-person, telephone, letter or message. */
  public static final Node medium = term("medium");

  /** Where, as the sentence says. */
  public static final Node placeName = term("placeName");

  /** When, as the sentence says ("Tuesday"). */
  public static final Node timeExpression = term("timeExpression");

  /** The date of the article that reports the interaction. */
  public static final Node reportedOn = term("reportedOn");

  /** A policy issue discussed in an interaction or a quote. */
  public static final Node about = term("about");
}
