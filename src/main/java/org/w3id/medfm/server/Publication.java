package org.w3id.medfm.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.medfm.output.DumpFormat;
import org.w3id.medfm.output.Dumps;
import org.w3id.medfm.output.VoidDescription;
import org.w3id.medfm.pipeline.Sources;

/**
 * What the server publishes as files: the three dumps, the JSON-LD context, the VoID description in each RDF
 * format, and the picture of the whole family tree (served at {@value #FAMILY_TREE_PATH} only, not under
 * {@code /dumps/}, which holds the RDF alone), rendered by {@link Dumps#render} from the served default graph with this server's own addresses, so that
 * the VoID names the endpoint and dumps a client can actually reach here.
 */
final class Publication {
    static final String DUMPS = "dumps/";
    static final String FAMILY_TREE_PATH = "/" + Dumps.FAMILY_TREE_FILE;
    static final String SVG = "image/svg+xml;charset=utf-8";
    private static final String CACHE = "public, max-age=3600";
    private final Map<String, StaticFile> dumps = new LinkedHashMap<>();
    private final StaticFile context;
    private final StaticFile familyTree;
    private final Map<Format, StaticFile> voids = new EnumMap<>(Format.class);

    private Publication(Map<String, byte[]> files, RdfBytes rdf, Instant made) {
        for (DumpFormat f : DumpFormat.values()) {
            dumps.put(f.fileName(), StaticFile.of(files.get(f.fileName()), Format.of(f).contentType(), made, CACHE));
        }
        context = StaticFile.of(files.get(Dumps.CONTEXT_FILE), Format.JSONLD.contentType(), made, CACHE);
        familyTree = StaticFile.of(files.get(Dumps.FAMILY_TREE_FILE), SVG, made, CACHE);
        byte[] voidTurtle = files.get(Dumps.VOID_FILE);
        Graph voidGraph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(voidTurtle)).lang(Lang.TURTLE).parse(voidGraph);
        voids.put(Format.TURTLE, StaticFile.of(voidTurtle, Format.TURTLE.contentType(), made, CACHE));
        for (Format f : new Format[] {Format.JSONLD, Format.NTRIPLES}) {
            voids.put(f, StaticFile.of(rdf.write(voidGraph, f), f.contentType(), made, CACHE));
        }
    }

    /** Renders everything from {@code data}, for a server whose public URL is {@code base}. */
    static Publication render(Graph data, Sources sources, String base, RdfBytes rdf, Instant made) {
        try {
            return new Publication(Dumps.render(data, sources, addresses(base)), rdf, made);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VoidDescription.Addresses addresses(String base) {
        return new VoidDescription.Addresses(base + GraphServer.ENDPOINT_PATH.substring(1), base + DUMPS);
    }

    /** Dump file name to file. */
    Map<String, StaticFile> dumps() {
        return dumps;
    }

    StaticFile context() {
        return context;
    }

    /** The whole family tree as SVG. */
    StaticFile familyTree() {
        return familyTree;
    }

    StaticFile voidIn(Format format) {
        return voids.get(format);
    }
}
