package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The rules of corpus resolution, each on a handful of document-local people. */
class CorpusResolverTest {
  private static final String C = "https://w3id.org/newsgraph/id/country/";
  private static final String MALE = "https://schema.org/Male";
  private static final String FEMALE = "https://schema.org/Female";
  private final List<CorpusResolver.Local> locals = new ArrayList<>();

  private CorpusResolver.Local local(String label, Set<String> roles, Set<String> countries, String gender) {
    CorpusResolver.Local l = new CorpusResolver.Local(NodeFactory.createURI("urn:l:" + locals.size()), label,
        NameKeys.key(label), null, roles, countries, gender);
    locals.add(l);
    return l;
  }

  private String clusterOf(CorpusResolver.Local l) {
    for (Map.Entry<String, List<CorpusResolver.Local>> e : CorpusResolver.cluster(locals, Set.of()).entrySet()) {
      if (e.getValue().contains(l)) {
        return e.getKey();
      }
    }
    throw new AssertionError("not clustered: " + l);
  }

  @Test
  void aRegnalNameIsNoSurname() {
    local("Abdullah Abdullah", Set.of("foreign-minister"), Set.of(C + "AF"), MALE);
    CorpusResolver.Local king = local("Abdullah", Set.of("king"), Set.of(C + "JO"), null);
    assertEquals("abdullah", clusterOf(king));
  }

  @Test
  void kingsOfTwoCountriesAreTwoPeople() {
    CorpusResolver.Local jordan = local("Abdullah", Set.of("king"), Set.of(C + "JO"), null);
    CorpusResolver.Local saudi = local("Abdullah", Set.of("king"), Set.of(C + "SA"), null);
    CorpusResolver.Local jordanAgain = local("Abdullah", Set.of("king"), Set.of(C + "JO"), null);
    assertNotEquals(clusterOf(jordan), clusterOf(saudi));
    assertEquals(clusterOf(jordan), clusterOf(jordanAgain));
  }

  @Test
  void genderKeepsLauraBushApartFromThePresident() {
    local("Laura Bush", Set.of(), Set.of(C + "US"), FEMALE);
    CorpusResolver.Local president = local("Bush", Set.of("president"), Set.of(C + "US"), MALE);
    assertEquals("bush", clusterOf(president));
  }

  @Test
  void aBareGivenNameJoinsOnlyWithEvidence() {
    local("John Paul", Set.of("pope"), Set.of(C + "VA"), MALE);
    CorpusResolver.Local paul = local("Paul", Set.of(), Set.of(C + "IR"), null);
    assertEquals("paul", clusterOf(paul));
  }

  @Test
  void aLoneSurnameJoinsOnlyWithATitleOrACountry() {
    local("George Mitchell", Set.of("envoy"), Set.of(C + "US"), MALE);
    CorpusResolver.Local mitchell = local("Mitchell", Set.of(), Set.of(), null);
    assertEquals("mitchell", clusterOf(mitchell));
    locals.remove(mitchell);
    CorpusResolver.Local envoy = local("Mitchell", Set.of("envoy"), Set.of(), null);
    assertEquals("george-mitchell", clusterOf(envoy));
  }

  @Test
  void middleInitialsTellFatherFromSon() {
    CorpusResolver.Local son = local("George W. Bush", Set.of("president"), Set.of(C + "US"), MALE);
    CorpusResolver.Local father = local("George Herbert Walker Bush", Set.of("president"), Set.of(C + "US"), MALE);
    assertNotEquals(clusterOf(son), clusterOf(father));
  }

  @Test
  void theDocumentsDatesTellWhichPresidentBush() {
    CorpusResolver.Local son = new CorpusResolver.Local(NodeFactory.createURI("urn:l:son"), "George W. Bush",
        "george w bush", null, Set.of("president"), Set.of(C + "US"), MALE, 2006);
    CorpusResolver.Local father = new CorpusResolver.Local(NodeFactory.createURI("urn:l:father"),
        "George Herbert Walker Bush", "george herbert walker bush", null, Set.of("president"), Set.of(C + "US"), MALE,
        1990);
    CorpusResolver.Local president = new CorpusResolver.Local(NodeFactory.createURI("urn:l:p"), "Bush", "bush",
        null, Set.of("president"), Set.of(C + "US"), MALE, 2007);
    locals.addAll(List.of(son, father, president));
    assertEquals(clusterOf(son), clusterOf(president));
  }

  @Test
  void theLabelIsTheMostFrequentFullFormInNormalCase() {
    List<CorpusResolver.Local> ms = List.of(local("Hamid KARZAI", Set.of(), Set.of(), null),
        local("Hamid KARZAI", Set.of(), Set.of(), null), local("Hamid Karzai", Set.of(), Set.of(), null),
        local("Karzai", Set.of(), Set.of(), null), local("Karzai", Set.of(), Set.of(), null),
        local("Karzai", Set.of(), Set.of(), null), local("Hamid Karzai Jan", Set.of(), Set.of(), null));
    assertEquals("Hamid Karzai", CorpusResolver.canonicalLabel(ms));
    assertEquals("Al-Bashir", CorpusResolver.normalCase("AL-BASHIR"));
    assertEquals("Abdullah II", CorpusResolver.normalCase("Abdullah II"));
    assertEquals("Bashar al-Asad", CorpusResolver.normalCase("Bashar al-ASAD"));
    assertEquals("Denis Sassou-Nguesso", CorpusResolver.normalCase("Denis SASSOU-Nguesso"));
    assertEquals("Pius XII Jr", CorpusResolver.normalCase("Pius XII Jr"));
  }
}
