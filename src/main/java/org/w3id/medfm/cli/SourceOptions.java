package org.w3id.medfm.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import org.w3id.medfm.pipeline.Sources;

/** The options that say where the data and the ontology are, shared by every command that builds the graph. */
final class SourceOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
            description = "The curated data folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--ontology-dir", paramLabel = "DIR", defaultValue = "ontology",
            description = "The folder with medfm.ttl, shapes.ttl and context.jsonld (default: ${DEFAULT-VALUE}).")
    Path ontologyDir;

    Sources sources() {
        return new Sources(dataDir, ontologyDir);
    }
}
