package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AskServiceTest {

  @ParameterizedTest
  @ValueSource(strings = {"Obama\" || \"a\" = \"a", "\"} ; DROP ALL ; #", "\\u0022 || true",
      "<http://x> } INSERT DATA {", "Putin"})
  void theBuiltQueryDiffersFromTheTemplateOnlyInTheBoundValue(String name) {
    AskService.Plan plan = AskService.plan("Who met " + name + "?", false);
    Query built = plan.query();
    String marker = "\u0001bound\u0001";
    AskService.Plan reference = AskService.plan("Who met " + marker + "?", false);
    String a = built.serialize();
    String b = reference.query().serialize();
    String literal = FmtUtils.stringForNode(plan.bindings().get("name"));
    String refLiteral = FmtUtils.stringForNode(reference.bindings().get("name"));
    assertEquals(b.replace(refLiteral, literal), a);
    assertEquals(name.toLowerCase(Locale.ROOT), plan.bindings().get("name").getLiteralLexicalForm());
    Op op = Algebra.compile(built);
    assertTrue(op.toString().contains("quadpattern") || op.toString().contains("graph"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Who met whom?", "who has met whom", "Who talked to whom?", "Who met Putin?",
      "Whom did Putin meet?", "Who talked to Putin?", "Who phoned Putin?", "What role does Gates have?",
      "Who is Gates?", "What is Gates's role?", "Who represents Russia?", "What issues did Rice discuss?",
      "What did Rice say?", "Where and when did Rice meet Putin?", "When did Rice meet Putin?"})
  void everyKnownFormParses(String question) {
    AskService.Plan p = AskService.plan(question, false);
    assertTrue(p.query().isSelectType());
  }

  @Test
  void unknownQuestionsListTheForms() {
    AskService.NotUnderstoodException e = assertThrows(AskService.NotUnderstoodException.class,
        () -> AskService.plan("Bake me a cake", false));
    for (String form : List.of("Who met whom?", "Who represents COUNTRY?", "What did X say?")) {
      assertTrue(e.getMessage().contains(form), e.getMessage());
    }
  }
}
