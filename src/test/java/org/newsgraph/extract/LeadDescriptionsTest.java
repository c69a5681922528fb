package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.newsgraph.doc.Facts;

/**
 * The lead that describes a person before it names them ({@link LeadDescriptions}): one test per rule and per
 * guard, each a short text in and the facts of the rule out. The texts are written for these tests.
 */
class LeadDescriptionsTest {
  /** The represents facts that the lead rule made, as "person country". */
  static Set<String> lead(String text) {
    Set<String> out = new TreeSet<>();
    for (Facts.Represents r : FactStageTest.facts(text).represents) {
      if (r.extractor().equals("lead-description")) {
        out.add(r.person() + " " + r.country());
      }
    }
    return out;
  }

  @Test
  void anIndefiniteDemonymDescriptionIsThePersonTheNextSentenceNames() {
    assertEquals(Set.of("carlos-mendoza PE"), lead("Rebels in the south have freed a Peruvian engineer who was "
        + "seized last week. Officials say Carlos Mendoza was released near the border on Friday."));
  }

  @Test
  void aPossessiveTitleGivesItsCountryAndItsPost() {
    String text = "Chile's finance minister says the budget will be cut next year. Andrea Silva told reporters on "
        + "Monday that the cuts would be small.";
    assertEquals(Set.of("andrea-silva CL"), lead(text));
    assertTrue(FactStageTest.roles(text).stream().anyMatch(r -> r.startsWith("andrea-silva finance minister")));
  }

  @Test
  void twoSentencesOnOnlyWhenTheNameRepeatsTheNoun() {
    assertEquals(Set.of("samir-haddad PS"), lead("Gunmen seized a Palestinian intelligence officer on Thursday. "
        + "Masked men forced him into a car, Egyptian police said. Relatives of the officer, Samir Haddad, said on "
        + "Friday that he was unharmed."));
    assertEquals(Set.of(), lead("Gunmen seized a Palestinian intelligence officer on Thursday. Masked men forced "
        + "him into a car, Egyptian police said. Lawyer Samir Haddad said on Friday that the police were searching."));
  }

  @Test
  void aReporterMayBeNamedAsAJournalist() {
    assertEquals(Set.of("marco-bellini IT"), lead("An Italian reporter held by rebels has appeared in a new video. "
        + "The newspaper said the video of kidnapped journalist Marco Bellini arrived on Wednesday."));
  }

  @Test
  void aPersonOfTheOtherGenderIsNotTheOneDescribed() {
    assertEquals(Set.of(), lead("Police say an Iraqi woman was killed in the blast on Sunday. Army commander "
        + "Ahmed Karim said the attackers fled to the north."));
  }

  @Test
  void aPersonDescribedOtherwiseIsNotTheOneDescribed() {
    assertEquals(Set.of(), lead("Libya's envoy to the region said the talks had failed. On Monday, a guard, Omar "
        + "Said, told reporters that the prisoners fled."));
  }

  @Test
  void aRecipientOrAPredicateIsNoLead() {
    assertEquals(Set.of(), lead("A clerk has admitted giving secret papers to two lobbyists and an Israeli diplomat. "
        + "In court on Wednesday, John Doyle pleaded guilty."));
    assertEquals(Set.of(), lead("Her father was a Colombian ambassador for many years. Jean Moreau told "
        + "television that the family was hopeful."));
  }

  @Test
  void twoDescribedPeopleNameNoOne() {
    assertEquals(Set.of(), lead("A French engineer and a German doctor were kidnapped on Monday. Officials say "
        + "Paul Martin was released on Tuesday."));
  }
}
