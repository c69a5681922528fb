package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.newsgraph.NewsPipeline;
import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Facts;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.PersonKey;
import org.newsgraph.pipeline.Pipeline;

/**
 * The relation families on short texts through the whole pipeline (models included): one test a rule of roles,
 * represents and coreference, a sentence in and the expected facts out. The dependency rules of meetings have
 * their own tests on hand-written trees ({@link InteractionsFromSyntaxTest}).
 */
class FactStageTest {
  static final Pipeline PIPELINE = NewsPipeline.create().build();

  static Facts facts(String text) {
    Document d = new Document("t", text, null, null, null);
    PIPELINE.annotate(d);
    return d.get(Annotations.FACTS);
  }

  static Set<String> roles(String text) {
    Set<String> out = new TreeSet<>();
    for (Facts.Role r : facts(text).roles) {
      out.add(r.person() + " " + r.roleLabel() + (r.kind() == null ? "" : " <" + r.kind() + ">"));
    }
    return out;
  }

  static Set<String> represents(String text) {
    Set<String> out = new TreeSet<>();
    for (Facts.Represents r : facts(text).represents) {
      out.add(r.person() + " " + r.country());
    }
    return out;
  }

  @Test
  void aTitleIsComposedFromTheWordsThatMakeThePost() {
    assertTrue(roles("Information Minister Mike Mulongoti said the report was false.")
        .contains("mike-mulongoti information minister <minister>"));
  }

  @Test
  void aDeputyFormIsAPostOfItsOwn() {
    assertEquals(Set.of("nicolas-schmit deputy foreign minister"),
        roles("Luxembourg Deputy Foreign Minister Nicolas Schmit spoke to reporters."));
  }

  @Test
  void describingAdjectivesAndModifiersStayOutOfTheRole() {
    Set<String> r = roles("The former defense minister, Ali Omar, arrived on Monday.");
    assertTrue(r.contains("ali-omar defense minister <defense-minister>"), r.toString());
  }

  @Test
  void aCopulaOrAsGivesTheRoleToTheSubject() {
    assertTrue(roles("Ngozi Okonjo is a former finance minister.").stream().anyMatch(r -> r.startsWith(
        "ngozi-okonjo finance minister")), roles("Ngozi Okonjo is a former finance minister.").toString());
    assertTrue(roles("Ehud Olmert is serving as acting prime minister.").stream().anyMatch(r -> r.startsWith(
        "ehud-olmert acting prime minister")));
  }

  @Test
  void aNameInBracketsAfterATitle() {
    Set<String> r = roles("A top Iraqi security official (Wael al-Rubaei) said the attack was planned.");
    assertTrue(r.stream().anyMatch(x -> x.startsWith("wael-al-rubaei security official")), r.toString());
    assertTrue(represents("A top Iraqi security official (Wael al-Rubaei) said the attack was planned.")
        .contains("wael-al-rubaei IQ"));
  }

  @Test
  void aCountryAfterNameAndOf() {
    assertTrue(represents("Xavier Malisse of Belgium won the match on Sunday.").contains("xavier-malisse BE"));
  }

  @Test
  void aDemonymRightBeforeAName() {
    assertTrue(represents("American Vince Spadea lost in three sets.").contains("vince-spadea US"));
  }

  @Test
  void theOnlyCountryWhoseOfficialsActInTheSentence() {
    assertTrue(represents("Zambian officials say reports that President Levy Mwanawasa is ill are false.")
        .contains("levy-mwanawasa ZM"));
    assertEquals(Set.of(), represents("President Tom Hale visited the South African island on Sunday."));
  }

  @Test
  void aPronounTakesThePersonWhoseGenderFits() {
    List<Facts.Interaction> i = facts("Foreign Minister Tom Hale flew to Oslo. Mrs. Ida Berg welcomed the news. "
        + "She later met Prime Minister Paul Weber.").interactions;
    assertTrue(i.stream().anyMatch(x -> x.sideA().contains(PersonKey.of("ida-berg"))
        && x.sideB().contains(PersonKey.of("paul-weber"))),
        i.toString());
  }

  @Test
  void aCountryOfSeveralWordsOwnsTheTitle() {
    assertTrue(represents("Prices rose after New Zealand's Prime Minister Tom Reyes spoke.").contains("tom-reyes NZ"));
  }

  @Test
  void aPrefixCutOffByTheTokenizerStaysWithItsWord() {
    Set<String> r = roles("Kenyan pro-reform leader Ana Wambui addressed the crowd.");
    assertTrue(r.contains("ana-wambui pro-reform leader <leader>"), r.toString());
    assertTrue(represents("Kenyan pro-reform leader Ana Wambui addressed the crowd.").contains("ana-wambui KE"));
  }

  @Test
  void aDescriptionApposedBeforeTheName() {
    assertTrue(represents("Lind spoke with her Chilean counterpart, visiting General Ana Perez, on Monday.")
        .contains("ana-perez CL"));
  }

  @Test
  void theOnlyCountryOfTheSentenceUnlessItIsAPlaceOrAPartner() {
    assertTrue(represents("Foreign Minister Ida Berg denied that Swedish support for the plan is fading.")
        .contains("ida-berg SE"));
    assertEquals(Set.of(), represents("President Tom Hale arrived in Peru on Sunday."));
    assertEquals(Set.of(), represents("President Tom Hale wants closer ties with Peru."));
    assertEquals(Set.of(), represents("U.N. representative Ida Berg praised Swedish support for the plan."));
  }

  @Test
  void theCountryOfTheSentencesBeforeWhenTheTitlesOwnNamesNone() {
    assertTrue(represents("Zambian officials denied the report on Monday. Information Minister Ida Banda said it "
        + "was false.").contains("ida-banda ZM"));
  }

  @Test
  void aTitleInCapitalsTakesNoLowerCaseWords() {
    Set<String> r = roles("The Associated Press quotes President Ana Perez as saying the talks failed.");
    assertEquals(Set.of("ana-perez president <president>"), r);
  }

  @Test
  void aTitleGoesOnInCapitalsAndARankIsNoTitle() {
    Set<String> cfo = roles("Chief Financial Officer Ana Perez was named interim director.");
    assertTrue(cfo.contains("ana-perez chief financial officer <officer>"), cfo.toString());
    assertTrue(facts("Chief Financial Officer Ana Perez was named interim director.").roles.stream()
        .noneMatch(r -> r.person().equals(PersonKey.of("financial"))));
    Set<String> rank = roles("Lind met his counterpart, visiting Military Chief General Tom Hale, on Monday.");
    assertTrue(rank.contains("tom-hale military chief <chief>"), rank.toString());
  }

  @Test
  void aDemonymReachesTheNameOnlyOverNouns() {
    assertEquals(Set.of(), represents("The Iranian leader called Paul a symbol of decadence."));
  }

  @Test
  void aCountryBeforeADescribedTitleOrAnApposedOne() {
    assertTrue(represents("Dutch commander Major General Jan van Dam inspected the base.").contains(
        "jan-van-dam NL"));
    assertTrue(represents("Norway's military chief, General Tom Hale, visited the base.").contains("tom-hale NO"));
  }

  @Test
  void anInstitutionActsForItsCountry() {
    assertEquals(Set.of("tom-hale US"), represents("The White House says President Tom Hale will speak soon."));
  }

  @Test
  void aHeadOfStateOfTheFactbook() {
    assertEquals(Set.of("emmanuel-macron FR"), represents("Emmanuel Macron said the talks would resume."));
  }

  @Test
  void americanPartiesAndStates() {
    assertEquals(Set.of("ann-cole US"), represents("Republican Senator Ann Cole criticized the plan."));
    assertEquals(Set.of("ann-cole US"), represents("Senator Ann Cole of Georgia criticized the plan."));
    assertEquals(Set.of("carl-levin US"), represents("Democrat Carl Levin criticized the plan."));
  }

  @Test
  void aCountryBeforeTheFirstTitleOfACoordinationDistributes() {
    assertEquals(Set.of("ben-knapen NL", "mark-rutte NL"),
        represents("Dutch Prime Minister Mark Rutte and Foreign Minister Ben Knapen arrived on Monday."));
    assertTrue(roles("Serbian President Boris Tadic and Prime Minister Vojislav Kostunica spoke.")
        .contains("vojislav-kostunica prime minister <prime-minister>"));
  }

  @Test
  void aStanceOrOriginInAHyphenatedWordIsNotTheSentencesCountry() {
    assertEquals(Set.of("emile-lahoud LB"), represents("Lebanon has had no head of state since the term of "
        + "pro-Syrian President Emile Lahoud expired."));
  }

  @Test
  void theCounterpartsCountryMustBeNamedNearTheCounterpart() {
    String serbia = "Serbian President Boris Tadic met Soren Lund on Sunday. Mr. Tadic said Serbia wanted more talks.";
    String pakistan = " Pakistani troops fought in the north. Pakistani officials said the fighting went on. "
        + "Pakistani villagers fled. Pakistani Interior Minister Ali Khan said more troops would go.";
    assertTrue(represents(serbia + " Pakistan and Serbia signed a deal. Pakistan will send grain.")
        .contains("soren-lund PK"));
    assertTrue(represents(serbia + " Rain fell. Rain fell again. Rain stopped." + pakistan).stream()
        .noneMatch(r -> r.startsWith("soren-lund")));
  }

  @Test
  void aSentenceThatEndsInANameKeepsItsPeople() {
    assertEquals(Set.of("mark-rutte", "sergei-lavrov"), people("Prime Minister Mark Rutte met Sergei Lavrov."));
  }

  static Set<String> people(String text) {
    Document d = new Document("t", text, null, null, null);
    PIPELINE.annotate(d);
    Set<String> out = new TreeSet<>();
    d.get(Annotations.PEOPLE).forEach(p -> out.add(p.key()));
    return out;
  }

  @Test
  void aGovernmentNamedAfterItsHeadNamesThatPerson() {
    assertEquals(Set.of("bush"), people("Critics say the Bush administration ignored the warnings."));
    assertEquals(Set.of(), people("The Ukrainian presidency ended in June, and the Kremlin administration said "
        + "nothing."));
  }

  @Test
  void aNameThatEndsInAnOrganizationsHeadWordIsNoPerson() {
    assertEquals(Set.of("kofi-annan"), people("The U.N. General Assembly voted on Monday, and Secretary General "
        + "Kofi Annan spoke."));
  }

  @Test
  void theTokenTagAndParseLayersCountWhatTheyCover() {
    Document d = new Document("t", "Secretary of State Condoleezza Rice met Foreign Minister Sergei Lavrov in Moscow. "
        + "It rained.", null, null, null);
    PIPELINE.annotate(d);
    assertEquals(new Layer(2, 16, 0), d.get(Annotations.TOKENS));
    assertEquals(new Layer(2, 16, 0), d.get(Annotations.POS));
    assertEquals(new Layer(2, 1, 0), d.get(Annotations.PARSES), "only the sentence with people and a trigger");
  }

  @Test
  void aCountryAfterInIsWhereABodyIsNotWhoseTheTitleIs() {
    assertEquals(Set.of(), represents("The men were linked to al-Qaida in Iraq leader Abu Musab al-Zarqawi."));
    assertEquals(Set.of("jalal-talabani IQ"), represents("Officials met Iraqi President Jalal Talabani on Monday."));
  }

  static Set<String> countries(String text) {
    Document d = new Document("t", text, null, null, null);
    PIPELINE.annotate(d);
    Set<String> out = new TreeSet<>();
    d.get(Annotations.MENTIONS).stream().filter(m -> m.type() == MentionType.COUNTRY).forEach(m -> out.add(m.ref()));
    return out;
  }

  @Test
  void aCountryBeforeTheClosingPeriodAndBothHalvesOfAHyphenatedPairAreFound() {
    assertEquals(Set.of("EG", "JO"), countries("The envoy held talks in Jordan and Egypt."));
    assertEquals(Set.of("IN", "PK"), countries("Indian-Pakistani relations improved this year."));
  }
}
