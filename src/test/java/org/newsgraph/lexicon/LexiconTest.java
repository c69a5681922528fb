package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.PersonEntity;
import org.newsgraph.doc.Sentence;

/** The lexicon loaders and the phrase matcher, each on the shipped lists or a few phrases of its own. */
class LexiconTest {
  private static final Gazetteers GAZ = Gazetteers.shipped();

  private static String[] toks(String s) {
    return s.split(" ");
  }

  @Test
  void thePhraseMatcherFindsTheLongestPhraseAndReadsHyphensAsTheTokenizerCutsThem() {
    PhraseMatcher m = new PhraseMatcher(false);
    m.add("New Zealand", "NZ");
    m.add("Zealand", "XX");
    m.add("Guinea-Bissau", "GW");
    assertEquals(new PhraseMatcher.Match(1, 3, "NZ"), m.longestAt(toks("in New Zealand today"), 1));
    assertEquals(List.of(new PhraseMatcher.Match(0, 3, "GW")), m.find(toks("Guinea - Bissau votes")));
    assertNull(m.longestAt(toks("in new zealand"), 1), "case-sensitive");
  }

  @Test
  void aCaseInsensitiveMatcherFoldsCaseAndAPlural() {
    PhraseMatcher m = new PhraseMatcher(true);
    m.add("foreign minister", "foreign-minister");
    assertEquals("foreign-minister", m.lookup("Foreign Ministers"));
    assertEquals("minister", PhraseMatcher.fold("Ministers"));
    assertEquals("congress", PhraseMatcher.fold("Congress"), "a double s is no plural");
  }

  @Test
  void countriesAreFoundByNameAbbreviationAndDemonym() {
    assertEquals("RU", GAZ.countries().lookup("Russia"));
    assertEquals("US", GAZ.countries().lookup("U.S."));
    assertEquals("RU", GAZ.countries().lookup("Russian"));
    assertTrue(GAZ.isDemonym("Russian"));
    assertFalse(GAZ.isDemonym("Russia"));
    assertEquals("CS", GAZ.countries().lookup(toks("Serbia - Montenegro"), 0, 3));
    assertEquals("Russia", GAZ.countryName("RU"));
  }

  @Test
  void rolesCarryTheirLabelAndTheCountryATitleAloneNames() {
    assertEquals("prime-minister", GAZ.roles().lookup("Prime Minister"));
    assertEquals("prime minister", GAZ.role("prime-minister").label());
    assertNull(GAZ.role("prime-minister").defaultCountry());
    assertTrue(GAZ.roleById().values().stream().anyMatch(r -> r.defaultCountry() != null),
        "some posts name their country (the lexicon's fourth column)");
  }

  @Test
  void institutionsStandForTheirCountryAndLeadersForTheirs() {
    assertEquals("US", GAZ.institutions().lookup("White House"));
    assertEquals("RU", GAZ.institutions().lookup("Kremlin"));
    Gazetteers.Leader l = GAZ.leader("Vladimir Putin");
    assertNotNull(l);
    assertEquals(Set.of("RU"), l.countries());
    assertNull(GAZ.leader("Jane Nobody"));
  }

  @Test
  void wordListsSkipCommentsAndBlankLinesAndLowerTheWords() {
    List<String> lines = WordList.lines("person-nouns.txt");
    assertFalse(lines.isEmpty());
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("#") || l.isBlank()));
    assertTrue(WordList.words("token-group-nouns.txt").contains("aides"));
    assertThrows(RuntimeException.class, () -> WordList.lines("no-such-list.txt"));
  }

  @Test
  void genderComesFromAnHonorificThenFromAGivenName() {
    Sentence s = new Sentence(0, new Span(0, 16), "Mrs. Ida Berg spoke");
    s.setTokens(new Span[] {new Span(0, 4), new Span(5, 8),
        new Span(9, 13), new Span(14, 19)}, toks("Mrs. Ida Berg spoke"));
    PersonEntity berg = new PersonEntity("ida-berg", "Ida Berg", null);
    berg.add(new Mention(MentionType.PERSON, 0, 1, 3, "Ida Berg", "Ida Berg", "test"), "Ida Berg");
    assertEquals(Gender.FEMALE, Gender.of(berg, List.of(s)));
    PersonEntity john = new PersonEntity("john-smith", "John Smith", null);
    assertEquals(Gender.MALE, Gender.of(john, List.of()));
    assertEquals(Gender.UNKNOWN, Gender.of(new PersonEntity("smith", "Smith", null), List.of()));
    assertTrue(Gender.FEMALE.fits("she"));
    assertFalse(Gender.FEMALE.fits("him"));
    assertTrue(Gender.UNKNOWN.fits("he"));
  }

  @Test
  void interactionTriggersHaveAKindForVerbsAndNouns() {
    InteractionLexicon lex = InteractionLexicon.shipped();
    assertEquals(InteractionLexicon.Kind.CALL, lex.verb("phoned").kind());
    assertTrue(lex.verb("met").verb());
    assertNotNull(lex.noun("talks"));
    assertFalse(lex.noun("talks").verb());
    assertTrue(lex.any("meeting"));
    assertFalse(lex.any("banana"));
  }
}
