package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.newsgraph.store.Tdb2Store;

/** The {@code --store} option, shared by every command that uses a store. */
public final class StoreOptions {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "newsgraph-store",
      description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--repair", description = "Remove a directory left by an interrupted compaction.")
  boolean repair;

  /** Opens the store. */
  Tdb2Store open() {
    return Tdb2Store.open(store, repair);
  }

  /** Opens the store only if it exists; an error otherwise. */
  Tdb2Store openExisting() {
    if (!Files.isDirectory(store)) {
      throw new CliException(ExitCodes.IO, "no store at " + store + " (ingest something first, or use --store)");
    }
    return open();
  }
}
