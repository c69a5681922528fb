package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Facts;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.OrganizationEntity;

/** Organizations and their mentions, and the posts in them, on short texts through the whole pipeline. */
class OrganizationStageTest {

  static Document annotate(String text) {
    Document d = new Document("t", text, null, null, null);
    FactStageTest.PIPELINE.annotate(d);
    return d;
  }

  static Map<String, OrganizationEntity> organizations(String text) {
    Map<String, OrganizationEntity> out = new TreeMap<>();
    for (OrganizationEntity o : annotate(text).get(Annotations.ORGANIZATIONS)) {
      out.put(o.key(), o);
    }
    return out;
  }

  static Set<String> memberships(String text) {
    Set<String> out = new TreeSet<>();
    for (Facts.Membership m : annotate(text).get(Annotations.FACTS).memberships) {
      out.add(m.person() + " " + m.organization() + (m.role() == null ? "" : " " + m.role()));
    }
    return out;
  }

  @Test
  void aShortFormOfTheLexiconIsTheWellKnownBody() {
    Map<String, OrganizationEntity> o = organizations("The U.N. and NATO met in Brussels. The UN said more.");
    assertTrue(o.containsKey("united-nations"), o.keySet().toString());
    assertTrue(o.containsKey("north-atlantic-treaty-organization"), o.keySet().toString());
    assertEquals(2, o.get("united-nations").mentions().size());
    assertEquals("UN", o.get("united-nations").acronym());
  }

  @Test
  void aHeadWordEndsAName() {
    Map<String, OrganizationEntity> o = organizations(
        "Officials of the Basra International Bank met officials of the Ministry of Labor on Monday.");
    assertTrue(o.containsKey("basra-international-bank"), o.keySet().toString());
    assertTrue(o.containsKey("ministry-of-labor"), o.keySet().toString());
    assertFalse(o.get("basra-international-bank").generic());
    assertTrue(o.get("ministry-of-labor").generic());
  }

  @Test
  void aCountryBeforeTheNameIsItsCountryAndNoPartOfIt() {
    Map<String, OrganizationEntity> o = organizations("Iran's Foreign Ministry rejected the offer on Sunday.");
    OrganizationEntity fm = o.get("foreign-ministry-ir");
    assertTrue(fm != null, o.keySet().toString());
    assertEquals("Foreign Ministry", fm.name());
    assertEquals("IR", fm.country().value());
    assertEquals(0, fm.countrySentence());
  }

  @Test
  void anAcronymDefinedInBracketsStandsForTheNameLater() {
    Map<String, OrganizationEntity> o = organizations("The Zimbabwe Congress of Trade Unions (ZCTU) called a strike. "
        + "ZCTU leaders said the strike would last two days.");
    OrganizationEntity z = o.get("zimbabwe-congress-of-trade-unions");
    assertTrue(z != null, o.keySet().toString());
    assertEquals("ZCTU", z.acronym());
    assertTrue(z.mentions().stream().anyMatch(m -> m.sentence() == 1 && m.text().equals("ZCTU")));
  }

  @Test
  void aDefiniteShortFormTakesUpTheLastBodyOfItsHeadWord() {
    List<Mention> ms = organizations("The International Atomic Energy Agency met in Vienna. The agency said Iran "
        + "had not answered.").get("international-atomic-energy-agency").mentions();
    assertTrue(ms.stream().anyMatch(m -> m.sentence() == 1 && m.source().equals("definite-short-form")),
        ms.toString());
  }

  @Test
  void aGenericBodyWithoutACountryIsNoCorpusWideBody() {
    OrganizationEntity fm = organizations("The Foreign Ministry said talks would resume.").get("foreign-ministry");
    assertTrue(fm.generic());
    assertNull(fm.country());
  }

  @Test
  void aGivenNameOrAPlaceIsNoOrganization() {
    Map<String, OrganizationEntity> o = organizations("Tropical Storm Ernesto hit Cuba on Monday.");
    assertFalse(o.keySet().stream().anyMatch(k -> k.contains("ernesto")), o.keySet().toString());
  }

  @Test
  void aBodyBeforeATitleGivesThePostItsOrganization() {
    assertTrue(memberships("UN Secretary-General Ban Ki-moon arrived in Nairobi on Monday.").stream()
        .anyMatch(m -> m.startsWith("ban-ki-moon united-nations")));
    assertTrue(memberships("Taleban commander Raz Mohammed was killed.").stream()
        .anyMatch(m -> m.startsWith("raz-mohammed taliban")));
  }

  @Test
  void aBodyAfterATitleInAnApposition() {
    Set<String> m = memberships("Mohamed ElBaradei, the head of the International Atomic Energy Agency, "
        + "said on Monday that Iran must cooperate.");
    assertTrue(m.stream().anyMatch(x -> x.startsWith("mohamed-elbaradei international-atomic-energy-agency")),
        m.toString());
  }

  @Test
  void aBodyAfterATitleMayNameItsCountryFirst() {
    String text = "Hamid Reza Asefi, a spokesman for Iran's Foreign Ministry, said the talks would continue.";
    assertTrue(memberships(text).stream().anyMatch(x -> x.startsWith("hamid-reza-asefi foreign-ministry-ir")),
        memberships(text).toString());
    assertTrue(memberships("Mohamed ElBaradei is the head of the International Atomic Energy Agency.")
        .contains("mohamed-elbaradei international-atomic-energy-agency chief"));
  }

  @Test
  void aStateBodyGivesItsPeopleItsCountry() {
    String text = "Iranian Foreign Ministry spokesman Hamid Reza Asefi said the talks would go on.";
    assertTrue(memberships(text).stream().anyMatch(x -> x.startsWith("hamid-reza-asefi foreign-ministry-ir")),
        memberships(text).toString());
    assertTrue(FactStageTest.represents(text).contains("hamid-reza-asefi IR"));
  }

  @Test
  void aTradeUnionGivesItsPeopleNoOfficialCountry() {
    String text = "The Zimbabwe Congress of Trade Unions (ZCTU) called a strike. ZCTU secretary-general Wellington "
        + "Chibebe said the strike would last.";
    assertTrue(memberships(text).stream().anyMatch(x -> x.startsWith(
        "wellington-chibebe zimbabwe-congress-of-trade-unions")), memberships(text).toString());
    assertFalse(FactStageTest.represents(text).contains("wellington-chibebe ZW"));
  }
}
