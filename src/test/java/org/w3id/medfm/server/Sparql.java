package org.w3id.medfm.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.w3id.medfm.vocab.Prefixes;

/** Query strings for tests. */
final class Sparql {
    static final String ENTRIES = Prefixes.sparqlPrologue()
            + "SELECT ?e ?label WHERE { ?e a medfm:Entry ; rdfs:label ?label } ORDER BY ?label";
    static final String CONSTRUCT = Prefixes.sparqlPrologue()
            + "CONSTRUCT { ?e rdfs:label ?label } WHERE { ?e a medfm:Entry ; rdfs:label ?label }";

    private Sparql() {
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
