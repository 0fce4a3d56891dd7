package org.w3id.medfm.query;

import java.util.Arrays;
import java.util.Optional;

/** How {@code query} prints: tables for SELECT/ASK, RDF syntaxes for CONSTRUCT/DESCRIBE. */
public enum ResultFormat {
    TABLE("table"), CSV("csv"), TSV("tsv"), JSON("json"), XML("xml"),
    TURTLE("ttl"), NTRIPLES("nt"), JSONLD("jsonld");

    private final String name;

    ResultFormat(String name) {
        this.name = name;
    }

    public String cliName() {
        return name;
    }

    public boolean isRdf() {
        return this == TURTLE || this == NTRIPLES || this == JSONLD;
    }

    public static Optional<ResultFormat> fromName(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(ResultFormat::cliName).toList());
    }
}
