package org.w3id.medfm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.KnowledgeGraph;

/** {@code validate}: check the data, write nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the data (YAML fields, references, cycles, SHACL shapes); nothing is written.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KnowledgeGraph kg = new GraphBuilder(source.sources()).build();
        spec.commandLine().getOut().printf("The data is valid: %d entries, %d base models, %d triples.%n",
                kg.catalog().entries().size(), kg.catalog().things().size() - kg.catalog().entries().size(),
                kg.model().size());
        return Main.OK;
    }
}
