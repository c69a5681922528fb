package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word-cluster features, their table's round trip inside a model stream, and the clusters' computation. */
class ClusterFeaturesTest {

  static ClusterFeatures.Table table(String lines) throws IOException {
    return ClusterFeatures.Table.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aTokenGetsThePrefixesOfItsPath() throws IOException {
    ClusterFeatures f = new ClusterFeatures(table("0110101\tPutin\t40\n0110\tObama\t30\n"));
    List<String> out = new ArrayList<>();
    f.createFeatures(out, new String[] {"Putin", "said"}, 0, new String[2]);
    assertEquals(List.of("wc4=0110", "wc6=011010", "wc=0110101"), out);
    out.clear();
    f.createFeatures(out, new String[] {"Putin", "said"}, 1, new String[2]);
    assertEquals(List.of("wc=none"), out);
  }

  @Test
  void theSerializerLeavesTheModelStreamOpen() throws IOException {
    ClusterFeatures.Table t = table("01\tIran\t7\n10\tsaid\t90\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean[] closed = {false};
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        bytes.write(b);
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    new ClusterFeatures.Serializer().serialize(t, out);
    assertFalse(closed[0]);
    ClusterFeatures.Table back = new ClusterFeatures.Serializer().create(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals("01", back.path("Iran"));
    assertEquals("10", back.path("said"));
    assertNull(back.path("Paris"));
  }

  @Test
  void clustersAreDeterministicAndNeverReadTestFiles(@TempDir Path dir) throws IOException {
    StringBuilder text = new StringBuilder();
    String[] people = {"Putin", "Obama", "Merkel", "Abe", "Modi", "Macron", "Erdogan", "Zuma", "Lula", "Xi",
        "Biden", "Trudeau", "Sanchez", "Rutte", "Scholz", "Meloni"};
    String[] places = {"Paris", "Moscow", "Tokyo", "Delhi", "Berlin", "Ankara", "Pretoria", "Rome", "Madrid",
        "Ottawa", "Beijing", "Brasilia", "Lisbon", "Vienna", "Oslo", "Dublin"};
    String[] verbs = {"said", "told reporters", "warned", "added", "argued"};
    String[] preps = {"in", "to", "from", "near", "outside"};
    for (int i = 0; i < 30; i++) {
      for (int k = 0; k < people.length; k++) {
        text.append("President ").append(people[k]).append(' ').append(verbs[(k + i) % verbs.length])
            .append(" that troops ").append(preps[(k * 3 + i) % preps.length]).append(' ')
            .append(places[(k + 7 * i) % places.length]).append(" were ready .\n");
        text.append("Leader ").append(people[(k + i) % people.length]).append(" met ")
            .append(people[(k + 1) % people.length]).append(' ').append(preps[i % preps.length]).append(' ')
            .append(places[(3 * k + i) % places.length]).append(" .\n");
      }
    }
    Files.writeString(dir.resolve("news.txt"), text);
    Files.createDirectories(dir.resolve("eval"));
    Files.writeString(dir.resolve("eval/held-out.txt"), "Zelensky Zelensky Zelensky");
    Files.writeString(dir.resolve("ner-test.txt"), "Zelensky Zelensky Zelensky");
    List<WordClusters.Cluster> a = WordClusters.create().text(dir).compute();
    List<WordClusters.Cluster> b = WordClusters.create().text(dir).compute();
    assertEquals(a, b);
    Map<String, String> path = new HashMap<>();
    a.forEach(c -> path.put(c.word(), c.path()));
    assertFalse(path.containsKey("Zelensky"));
    // names share a branch that places do not
    assertEquals(path.get("Putin"), path.get("Obama"));
    assertTrue(!path.get("Putin").equals(path.get("Paris")), path.toString());
  }
}
