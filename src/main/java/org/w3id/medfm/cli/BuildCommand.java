package org.w3id.medfm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.w3id.medfm.output.DumpFormat;
import org.w3id.medfm.output.Dumps;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.KnowledgeGraph;

/** {@code build}: validate the data and write the dumps, the context and the VoID description. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validate the data and write medfm.ttl, medfm.nt, medfm.jsonld, context.jsonld, void.ttl and "
                + "family-tree.svg. "
                + "A failed build leaves earlier outputs as they were.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/dumps",
            description = "Where to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KnowledgeGraph kg = new GraphBuilder(source.sources()).build();
        Dumps.write(kg.model().getGraph(), source.sources(), out);
        var w = spec.commandLine().getOut();
        w.printf("Built %d triples from %d entries and %d base models.%n", kg.model().size(),
                kg.catalog().entries().size(), kg.catalog().things().size() - kg.catalog().entries().size());
        for (DumpFormat f : DumpFormat.values()) {
            Path p = out.resolve(f.fileName());
            w.printf("  %s (%d bytes)%n", p, Files.size(p));
        }
        w.printf("  %s%n  %s%n  %s%n", out.resolve(Dumps.CONTEXT_FILE), out.resolve(Dumps.VOID_FILE),
                out.resolve(Dumps.FAMILY_TREE_FILE));
        return Main.OK;
    }
}
