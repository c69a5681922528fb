package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import org.newsgraph.lexicon.TopicScheme;

/**
 * The issue vocabulary as shipped: the IPTC release whole, our altLabels only on current IPTC concepts, our finer
 * concepts each under one IPTC concept, lookups by label and code, and each rule of the term matcher.
 */
class TopicSchemeTest {
  static final TopicScheme S = TopicScheme.shipped();
  static final String M = TopicScheme.MEDTOP;

  @Test
  void theIptcReleaseIsShippedWhole() {
    long all = S.concepts().values().stream().filter(c -> c.iri().startsWith(M)).count();
    long current = S.concepts().values().stream().filter(c -> c.iri().startsWith(M) && !c.retired()).count();
    assertEquals(1392, all);
    assertEquals(1084, current);
    assertEquals(1, S.concept(M + "16000000").depth());
    assertEquals(M + "20000073", S.concept(M + "20000076").broader());
  }

  /** The target: at least 200 IPTC concepts carry our altLabels, each of them current. */
  @Test
  void ourAltLabelsSitOnAtLeast200CurrentIptcConcepts() {
    Model iptc = RDFDataMgr.loadModel(Path.of("ontology/iptc-mediatopic.ttl").toString());
    Model ours = RDFDataMgr.loadModel(Path.of("ontology/iptc-altlabels.ttl").toString());
    Set<String> subjects = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    for (Resource r : ours.listSubjectsWithProperty(SKOS.altLabel).toList()) {
      subjects.add(r.getURI());
      if (!iptc.contains(r, RDF.type, SKOS.Concept)) {
        wrong.add(r + " is no IPTC concept");
      } else if (iptc.containsLiteral(r, OWL2.deprecated, true)) {
        wrong.add(r + " is retired");
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(subjects.size() >= 200, subjects.size() + " concepts");
    assertTrue(subjects.stream().allMatch(s -> s.startsWith(M)));
  }

  @Test
  void eachFinerConceptHasOneBroaderCurrentIptcConcept() {
    List<TopicScheme.Concept> ours = S.concepts().values().stream().filter(TopicScheme.Concept::ours).toList();
    assertEquals(3, ours.size());
    for (TopicScheme.Concept c : ours) {
      assertNotNull(c.broader(), c.iri());
      assertTrue(c.broader().startsWith(M), c.iri());
      assertFalse(S.concept(c.broader()).retired(), c.iri());
      assertFalse(c.definition().isEmpty(), c.iri());
    }
    assertTrue(S.within(TopicScheme.NGI + "missile-defense", M + "20000602"));
  }

  @Test
  void aTopicIsFoundByCodeLabelOrAltLabel() {
    assertEquals(M + "20000076", S.find("medtop:20000076"));
    assertEquals(M + "20000076", S.find("20000076"));
    assertEquals(M + "20000076", S.find("Peace Talks"));
    assertEquals(M + "20000076", S.find("ceasefire"));
    assertEquals(M + "20000635", S.find("uranium enrichment"));
    assertEquals(M + "20000642", S.find("sanction"));
    assertEquals(TopicScheme.NGI + "missile-defense", S.find("ngi:missile-defense"));
    assertNull(S.find("no such topic"));
  }

  @Test
  void descendantsRollUpAndRetiredConceptsStayOut() {
    Set<String> peace = S.descendantsAndSelf(M + "20000073");
    assertTrue(peace.contains(M + "20000076"));
    assertTrue(peace.stream().noneMatch(c -> S.concept(c).retired()));
    assertEquals(List.of(M + "20000076", M + "20000073", M + "16000000"), S.ancestorsAndSelf(M + "20000076"));
  }

  static List<String> matched(String sentence, String tags) {
    String[] t = sentence.split(" ");
    String[] g = tags == null ? new String[0] : tags.split(" ");
    List<String> out = new ArrayList<>();
    for (TopicScheme.TermMatch m : S.match(t, g)) {
      out.add(String.join(" ", Arrays.copyOfRange(t, m.start(), m.end())) + "=" + S.concept(m.concept())
          .prefLabel() + (m.weight() == 1.0 ? "" : "~"));
    }
    return out;
  }

  @Test
  void thePhraseWinsOverItsWordsAndPluralsMatch() {
    assertEquals(List.of("peace talks=peace talks", "sanctions=economic sanction~"),
        matched("The peace talks ended without sanctions", null));
  }

  @Test
  void aWordInCapitalsMatchesOnlyATermInCapitals() {
    assertEquals(List.of("AIDS=HIV and AIDS~"), matched("The AIDS programme", null));
    assertEquals(List.of("aid=foreign aid~"), matched("The aid arrived", null));
  }

  @Test
  void aCapitalizedWordNextToAnotherIsPartOfAName() {
    assertEquals(List.of(), matched("leaders of the European Union met", null));
    assertEquals(List.of("union=unions~"), matched("the union called a strike", null));
  }

  @Test
  void aVerbIsNoTermUnlessItEndsInEd() {
    assertEquals(List.of(), matched("they will fire the minister", "PRON AUX VERB DET NOUN"));
    assertEquals(List.of("kidnapped=kidnapping~"), matched("rebels kidnapped him", "NOUN VERB PRON").subList(1, 2));
  }

  @Test
  void aHyphenatedTermMatchesHoweverTheTokenizerSplitIt() {
    String[] split = {"its", "oil", "-", "for-", "food", "program"};
    List<TopicScheme.TermMatch> m = S.match(split, new String[0]);
    assertEquals(1, m.size());
    assertEquals(1, m.get(0).start());
    assertEquals(6, m.get(0).end(), "the longer altLabel \"oil-for-food program\"");
    assertEquals("corruption", S.concept(m.get(0).concept()).prefLabel());
    assertEquals(List.of("oil-for-food=corruption"), matched("the oil-for-food scheme", null));
  }

  @Test
  void aFunctionWordDoesNotMakeAPhrase() {
    assertEquals(List.of("on trial=trial (court)~"), matched("he went on trial", null));
    assertEquals(List.of("war in Iraq=war"), matched("the war in Iraq", null));
  }

  @Test
  void aStopPhraseConsumesItsWords() {
    assertEquals(List.of(), matched("he told state television", null));
    assertEquals(List.of(), matched("police fired tear gas", "NOUN VERB NOUN NOUN").stream()
        .filter(s -> s.contains("gas")).toList());
  }
}
