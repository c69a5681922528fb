package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Facts;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.OrganizationEntity;
import org.newsgraph.doc.PersonEntity;
import org.newsgraph.doc.Sentence;
import org.newsgraph.lexicon.Gender;

/**
 * The state that the relation families of one document share: a {@link SentenceView} per sentence, whose tokens
 * know the person each mention refers to (names at first, then descriptions and pronouns as {@link Coreference}
 * resolves them), the people, and the facts found so far. Built once per document; not shared between threads.
 */
public final class DocumentContext {
  final Document doc;
  final List<Sentence> sentences;
  final List<SentenceView> views = new ArrayList<>();
  final List<PersonEntity> people;
  final Map<String, PersonEntity> byKey = new LinkedHashMap<>();
  final Facts facts = new Facts();
  final List<Mention> mentions;
  final List<OrganizationEntity> organizations;
  /** The speaker of each token inside an attributed quotation. */
  final Map<Integer, String> speakerOfToken = new HashMap<>();
  /** The countries that titles and phrases give each person. */
  final Map<String, Set<String>> explicitCountry = new HashMap<>();
  /** Trigger tokens that the dependency rules read; the token rules leave them alone. */
  final Set<Integer> readBySyntax = new HashSet<>();
  final Map<String, Gender> genders = new HashMap<>();

  /** The context of a document that has mentions, people and (optionally) parses. */
  public DocumentContext(Document doc) {
    this.doc = doc;
    this.sentences = doc.get(Annotations.SENTENCES);
    this.people = new ArrayList<>(doc.get(Annotations.PEOPLE));
    this.mentions = doc.get(Annotations.MENTIONS);
    Map<Mention, String> keyOf = new HashMap<>();
    for (PersonEntity p : people) {
      byKey.put(p.key(), p);
      for (Mention m : p.mentions()) {
        keyOf.put(m, p.key());
      }
    }
    for (Sentence s : sentences) {
      views.add(new SentenceView(s));
    }
    for (Mention m : mentions) {
      if (m.type() == MentionType.PERSON && keyOf.containsKey(m)) {
        views.get(m.sentence()).put(m, keyOf.get(m));
      }
      views.get(m.sentence()).all.add(m);
    }
    this.organizations = doc.get(Annotations.ORGANIZATIONS);
    for (OrganizationEntity o : organizations) {
      for (Mention m : o.mentions()) {
        views.get(m.sentence()).putOrganization(m);
      }
    }
  }

  /** The facts found so far. */
  public Facts facts() {
    return facts;
  }

  /** The people, including those that descriptions introduced. */
  public List<PersonEntity> people() {
    return people;
  }
}
