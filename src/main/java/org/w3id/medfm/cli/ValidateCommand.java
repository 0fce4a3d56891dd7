package org.w3id.medfm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.w3id.medfm.output.Dumps;

/** {@code validate}: check the data as {@code build} does, part by part, at any size; write nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the data (YAML fields, references, cycles, SHACL shapes); nothing is written.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long[] counted = Dumps.validate(source.sources());
        spec.commandLine().getOut().printf("The data is valid: %d entries, %d base models, %d triples.%n", counted[0],
                counted[1], counted[2]);
        return Main.OK;
    }
}
