package org.w3id.medfm.server;

import org.apache.jena.graph.Graph;
import org.w3id.medfm.output.JsonLdCompactor;
import org.w3id.medfm.output.Serializer;

/** A graph in one of the RDF formats, written as the dumps are: sorted, our prefixes, JSON-LD with our context. */
final class RdfBytes {
    private final JsonLdCompactor jsonld;

    /** @param context the bytes of {@code context.jsonld} */
    RdfBytes(byte[] context) {
        this.jsonld = new JsonLdCompactor(context);
    }

    byte[] write(Graph graph, Format format) {
        return switch (format) {
            case TURTLE -> Serializer.turtle(graph);
            case NTRIPLES -> Serializer.ntriples(graph);
            case JSONLD -> jsonld.compact(graph);
            case HTML -> throw new IllegalArgumentException("HTML is rendered from templates");
        };
    }
}
