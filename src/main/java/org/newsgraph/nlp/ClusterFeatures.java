package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word-cluster features for the name finder: the prefixes of a token's path in the cluster tree ({@link
 * WordClusters}) at several depths, so that a rare name shares features with the frequent names of its cluster.
 *
 * <p>OpenNLP 2.5 has Brown-cluster generators of its own, but its {@code BrownCluster} closes the model's zip stream
 * both when it is written and when it is read, so that no model can carry it. This generator, its table and the
 * table's serializer do the same work and leave the stream open. The descriptor names the factory:
 * <pre>
 * &lt;generator class="org.newsgraph.nlp.ClusterFeatures$Factory"&gt;
 *   &lt;str name="dict"&gt;word-clusters.clusters&lt;/str&gt;
 * &lt;/generator&gt;
 * </pre>
 */
public final class ClusterFeatures implements AdaptiveFeatureGenerator {
  /** Path prefix lengths that make features: coarse to fine, and the whole path. */
  static final int[] DEPTHS = {4, 6, 8, 10};

  static {
    allow();
  }

  private final Table table;

  /**
   * Lets OpenNLP build this package's feature generators from a model's descriptor: since 2.5 it instantiates only
   * classes of packages registered as allowed. Only this package is, so a model can name no other code.
   */
  public static void allow() {
    ExtensionLoader.registerAllowedPackage(ClusterFeatures.class.getPackageName());
  }

  ClusterFeatures(Table table) {
    this.table = table;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String path = table.path(tokens[index]);
    if (path == null) {
      features.add("wc=none");
      return;
    }
    for (int d : DEPTHS) {
      if (path.length() >= d) {
        features.add("wc" + d + "=" + path.substring(0, d));
      }
    }
    features.add("wc=" + path);
  }

  /** Word to path, as computed by {@link WordClusters}; immutable once read. */
  public static final class Table implements SerializableArtifact {
    private final Map<String, String> paths;

    /** A table of word to path. */
    public Table(Map<String, String> paths) {
      this.paths = Map.copyOf(paths);
    }

    /** Reads {@code path TAB word TAB count} lines (the {@code ner clusters} file) or {@code word TAB path} lines. */
    public static Table read(InputStream in) throws IOException {
      Map<String, String> m = new TreeMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] c = line.split("\t");
        if (c.length == 3) {
          m.put(c[1], c[0]);
        } else if (c.length == 2) {
          m.put(c[0], c[1]);
        } else if (!line.isBlank()) {
          throw new InvalidFormatException("bad word-cluster line: " + line);
        }
      }
      return new Table(m);
    }

    /** The token's path, or null. */
    public String path(String token) {
      return paths.get(token);
    }

    /** How many words have a path. */
    public int size() {
      return paths.size();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
      return Serializer.class;
    }
  }

  /** Writes and reads a {@link Table} inside a model, leaving the model's stream open. */
  public static final class Serializer implements ArtifactSerializer<Table> {
    @Override
    public Table create(InputStream in) throws IOException {
      return Table.read(in);
    }

    @Override
    public void serialize(Table table, OutputStream out) throws IOException {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      for (Map.Entry<String, String> e : new TreeMap<>(table.paths).entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
      w.flush();
    }
  }

  /** The descriptor's factory: {@code dict} names the table among the model's resources. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      Object t = resourceManager == null ? null : resourceManager.getResource(getStr("dict"));
      if (!(t instanceof Table table)) {
        throw new InvalidFormatException("no word-cluster table named " + getStr("dict"));
      }
      return new ClusterFeatures(table);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
      return Map.of(getStr("dict"), new Serializer());
    }
  }
}
