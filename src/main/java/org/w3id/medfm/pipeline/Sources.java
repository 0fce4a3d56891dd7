package org.w3id.medfm.pipeline;

import java.nio.file.Path;

/**
 * Where a build reads from: the curated data and the ontology folder (holding {@code medfm.ttl},
 * {@code shapes.ttl} and {@code context.jsonld}).
 */
public record Sources(Path dataDir, Path ontologyDir) {
    public static Sources defaults() {
        return new Sources(Path.of("data"), Path.of("ontology"));
    }

    public Path ontologyFile() {
        return ontologyDir.resolve("medfm.ttl");
    }

    public Path shapesFile() {
        return ontologyDir.resolve("shapes.ttl");
    }

    public Path contextFile() {
        return ontologyDir.resolve("context.jsonld");
    }
}
