package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity resolution across the seeds: six people, explained merges, and a reversible split. */
class ResolveIT {
  @TempDir
  Path dir;

  @Test
  void mergesAreExplainedAndReversible() {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    Cli.Run why = Cli.run(store, "query", "--format", "tsv", """
        SELECT ?doc ?form ?rule ?reason {
          GRAPH <https://w3id.org/newsgraph/graph/entities> {
            ?m a ng:Merge ; ng:canonical ?p ; ng:member ?lp ; ng:rule ?rule ; ng:reason ?reason .
            ?p rdfs:label "Condoleezza Rice" }
          GRAPH ?g { ?lp rdfs:label ?form ; ng:document ?d . ?d schema:identifier ?doc }
        } ORDER BY ?doc""");
    assertEquals(0, why.code(), why.err());
    assertTrue(why.out().contains("\"cbs-putin-rice-missile\"\t\"Condoleezza Rice\"\t\"same-name\""), why.out());
    assertTrue(why.out().contains("\"nysun-putin-framework\"\t\"Rice\"\t\"surname-unique\"\t\"'Rice' is the surname of"
        + " the only compatible full name in the corpus, 'Condoleezza Rice'\""), why.out());
    Cli.Run inDoc = Cli.run(store, "query", "--format", "csv",
        "SELECT ?r { GRAPH ?g { ?lp rdfs:label \"Vladimir Putin\" ; ng:mergeReason ?r } }");
    assertTrue(inDoc.out().contains("'Putin' shares the surname of the only compatible name 'Vladimir Putin'"),
        inDoc.out());
    Cli.Run split = Cli.run(store, "resolve", "--keep-apart", "Rice", "Condoleezza Rice");
    assertEquals(7, Cli.value(split.out(), "people"), split.out() + split.err());
    Cli.Run back = Cli.run(store, "resolve", "--allow", "Rice", "Condoleezza Rice");
    assertEquals(6, Cli.value(back.out(), "people"));
  }

  @Test
  void aDescriptionResolvesToTheOnlyHolderOfTheRole() {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    Cli.Run r = Cli.run(store, "query", "--format", "csv", """
        SELECT ?name ?rule { GRAPH ?g { ?lp ng:description ?role } GRAPH <https://w3id.org/newsgraph/graph/entities> {
          ?lp ng:resolvesTo ?p . ?p rdfs:label ?name . ?m ng:member ?lp ; ng:rule ?rule } }""");
    assertTrue(r.out().contains("Dmitry Medvedev,description-unique-holder"), r.out());
  }

  @Test
  void aMergeIsStoredWithWhoWhenAndWhyAndNamesMustBeUnique() {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    Cli.Run unknown = Cli.run(store, "resolve", "--merge", "Nobody Known", "Condoleezza Rice");
    assertEquals(65, unknown.code());
    assertTrue(unknown.err().contains("no person is named 'Nobody Known'"), unknown.err());
    Cli.Run same = Cli.run(store, "resolve", "--merge", "Rice", "Condoleezza Rice");
    assertEquals(65, same.code());
    assertTrue(same.err().contains("already one person"), same.err());
    Cli.Run merge = Cli.run(store, "resolve", "--merge", "Condoleezza Rice", "Vladimir Putin", "--reason",
        "a test", "--by", "tester");
    assertEquals(0, merge.code(), merge.err());
    assertEquals(5, Cli.value(merge.out(), "people"), merge.out());
    Cli.Run who = Cli.run(store, "query", "--format", "tsv", """
        SELECT ?action ?who ?why { GRAPH <https://w3id.org/newsgraph/graph/curation> {
          ?c a ng:Correction ; ng:action ?action ; prov:wasAssociatedWith ?who ; rdfs:comment ?why ;
             prov:generatedAtTime ?t } }""");
    assertTrue(who.out().contains("\"merge\"\t\"tester\"\t\"a test\""), who.out());
    Cli.Run again = Cli.run(store, "resolve");
    assertEquals(5, Cli.value(again.out(), "people"), "a merge holds when resolution runs again");
    Cli.Run apart = Cli.run(store, "resolve", "--keep-apart", "Condoleezza Rice", "Vladimir Putin");
    assertEquals(6, Cli.value(apart.out(), "people"), apart.out() + apart.err());
  }

  @Test
  void suspectsAreListedByCategory() {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    Cli.Run r = Cli.run(store, "resolve", "--list-suspects");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("# people with two or more countries: 0 of 6"), r.out());
    assertTrue(r.out().contains("# people who met or contacted themselves: 0"), r.out());
  }
}
