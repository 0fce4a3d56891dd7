package org.w3id.medfm.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.medfm.output.BuildOutput;
import org.w3id.medfm.output.DumpFormat;
import org.w3id.medfm.output.Dumps;
import org.w3id.medfm.output.Serializer;
import org.w3id.medfm.output.VoidDescription;

/**
 * What the server publishes as files, all as {@code build} wrote them: the three dumps (streamed from disk), the
 * JSON-LD context, the picture of the whole family tree (served at {@value #FAMILY_TREE_PATH} only, not under
 * {@code /dumps/}, which holds the RDF alone) and, for a large graph, one per base model under {@value #FAMILIES},
 * and the VoID description in each RDF format, with the build's
 * canonical addresses moved to this server's own, so that the VoID names the endpoint and dumps a client can
 * actually reach here.
 */
final class Publication {
    static final String DUMPS = "dumps/";
    static final String FAMILY_TREE_PATH = "/" + Dumps.FAMILY_TREE_FILE;
    static final String FAMILIES = "/families/";
    static final String SVG = "image/svg+xml;charset=utf-8";
    private static final String CACHE = "public, max-age=3600";
    private final Map<String, DiskFile> dumps = new LinkedHashMap<>();
    private final StaticFile context;
    private final DiskFile familyTree;
    private final Map<String, DiskFile> families = new LinkedHashMap<>();
    private final Map<Format, StaticFile> voids = new EnumMap<>(Format.class);

    private Publication(BuildOutput build, String base, RdfBytes rdf, Instant made) {
        String inputs = build.manifest().inputs();
        for (DumpFormat f : DumpFormat.values()) {
            dumps.put(f.fileName(), DiskFile.of(build.dump(f), Format.of(f).contentType(), inputs, CACHE));
        }
        context = StaticFile.of(read(build, Dumps.CONTEXT_FILE), Format.JSONLD.contentType(), made, CACHE);
        familyTree = DiskFile.of(build.file(Dumps.FAMILY_TREE_FILE), SVG, inputs, CACHE);
        for (String name : build.manifest().bytes().keySet()) {
            if (name.startsWith(Dumps.FAMILIES_DIR)) {
                families.put(name.substring(Dumps.FAMILIES_DIR.length()), DiskFile.of(build.file(name), SVG, inputs,
                        CACHE));
            }
        }
        Graph canonical = GraphFactory.createDefaultGraph();
        RDFParser.source(build.file(Dumps.VOID_FILE)).lang(Lang.TURTLE).parse(canonical);
        Graph here = VoidDescription.relocate(canonical, VoidDescription.Addresses.canonical(), addresses(base));
        voids.put(Format.TURTLE, StaticFile.of(Serializer.turtle(here), Format.TURTLE.contentType(), made, CACHE));
        for (Format f : new Format[] {Format.JSONLD, Format.NTRIPLES}) {
            voids.put(f, StaticFile.of(rdf.write(here, f), f.contentType(), made, CACHE));
        }
    }

    /** The files of {@code build}, for a server whose public URL is {@code base}. */
    static Publication of(BuildOutput build, String base, RdfBytes rdf, Instant made) {
        return new Publication(build, base, rdf, made);
    }

    static VoidDescription.Addresses addresses(String base) {
        return new VoidDescription.Addresses(base + GraphServer.ENDPOINT_PATH.substring(1), base + DUMPS);
    }

    private static byte[] read(BuildOutput build, String name) {
        try {
            return Files.readAllBytes(build.file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dump file name to file. */
    Map<String, DiskFile> dumps() {
        return dumps;
    }

    StaticFile context() {
        return context;
    }

    /** The whole family tree as SVG (for a large graph, its part nearest the base models). */
    DiskFile familyTree() {
        return familyTree;
    }

    /** For a large graph, each base model's family as SVG, by file name ({@code SLUG.svg}). */
    Map<String, DiskFile> families() {
        return families;
    }

    StaticFile voidIn(Format format) {
        return voids.get(format);
    }
}
