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
import org.w3id.medfm.output.Build;
import org.w3id.medfm.output.BuildManifest;

/** {@code build}: validate the data and write the dumps, the context and the VoID description. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validate the data and write medfm.ttl, medfm.nt, medfm.jsonld, context.jsonld, void.ttl, "
                + "family-tree.svg, named-graphs.nq (the endpoint's named graphs: the example queries and the "
                + "ontology), and last manifest.json (what they were built from: serve uses them while it matches). "
                + "A failed build leaves earlier outputs as they were.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/dumps",
            description = "Where to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--queries-dir", paramLabel = "DIR", defaultValue = "queries",
            description = "The example queries (*.rq) the server publishes: each must parse, and they are part of "
                    + "what the manifest hashes (default: ${DEFAULT-VALUE}).")
    Path queriesDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BuildManifest m = Build.run(source.sources(), queriesDir, out).output().manifest();
        var w = spec.commandLine().getOut();
        w.printf("Built %d triples from %d entries and %d base models.%n", m.summary().triples(), m.entries(),
                m.baseModels());
        for (DumpFormat f : DumpFormat.values()) {
            Path p = out.resolve(f.fileName());
            w.printf("  %s (%d bytes)%n", p, Files.size(p));
        }
        w.printf("  %s%n  %s%n  %s%n  %s%n  %s%n", out.resolve(Dumps.CONTEXT_FILE), out.resolve(Dumps.VOID_FILE),
                out.resolve(Dumps.FAMILY_TREE_FILE), out.resolve(Dumps.NAMED_GRAPHS_FILE),
                out.resolve(BuildManifest.FILE));
        return Main.OK;
    }
}
