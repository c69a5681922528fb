package org.newsgraph.cli;

import picocli.CommandLine.IVersionProvider;

import org.newsgraph.rdf.DocumentToRdf;

/** The version string for {@code --version}. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = DocumentToRdf.EXTRACTOR_VERSION + " (Apache Jena 5.6.0, Apache OpenNLP 2.5.11, Java "
        + System.getProperty("java.version") + ")";
    return new String[] {version};
  }
}
