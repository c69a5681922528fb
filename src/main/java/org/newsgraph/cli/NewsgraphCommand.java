package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: global options and the list of subcommands. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Turns English news articles into an RDF knowledge graph in Apache Jena TDB2.",
    subcommands = {IngestCommand.class, QueryCommand.class, AskCommand.class, ExportCommand.class,
        StatsCommand.class, RemoveCommand.class, ResolveCommand.class, CompactCommand.class, NerCommand.class,
        ParserCommand.class, TaggerCommand.class,
        EvalCommand.class, BenchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "1:error (also: query timed out)", "2:usage", "3:partial: some inputs rejected",
        "65:bad input data", "74:I/O error or disk full", "75:store locked by another process",
        "78:bad model file"})
public final class NewsgraphCommand {
  @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;
}
