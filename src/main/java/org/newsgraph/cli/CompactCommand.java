package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.newsgraph.store.Tdb2Store;

/**
 * {@code newsgraph compact}: rewrites the store to reclaim the space of replaced data.
 *
 * <pre>
 * newsgraph compact --store /data/ng
 * </pre>
 */
@Command(name = "compact", mixinStandardHelpOptions = true, description = "Reclaim disk space.")
public final class CompactCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (Tdb2Store st = store.openExisting()) {
      long before = st.sizeOnDisk();
      st.compact();
      long after = st.sizeOnDisk();
      Files.writeString(store.store.resolve("newsgraph-compacted-bytes"), Long.toString(after));
      out.println("bytes before: " + before);
      out.println("bytes after: " + after);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
