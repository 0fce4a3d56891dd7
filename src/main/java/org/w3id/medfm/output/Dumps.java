package org.w3id.medfm.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.w3id.medfm.pipeline.KnowledgeGraph;
import org.w3id.medfm.pipeline.Program;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.svg.FamilyTree;
import org.w3id.medfm.svg.FamilyTreeSvg;

/**
 * Writes every output of {@code build}: the triples sorted once, then streamed to each dump's staged file (a dump
 * may be larger than memory), the context, the VoID description, the family tree, and last the manifest; moved
 * into place only when all are written (see {@link AtomicFiles}).
 */
public final class Dumps {
    public static final String CONTEXT_FILE = "context.jsonld";
    public static final String VOID_FILE = "void.ttl";
    /** The derivation graph drawn as SVG (see {@link org.w3id.medfm.svg.FamilyTreeSvg}). */
    public static final String FAMILY_TREE_FILE = "family-tree.svg";
    /** For a tree too large to draw whole: one picture per base model, {@code families/SLUG.svg}. */
    public static final String FAMILIES_DIR = "families/";

    private Dumps() {
    }

    /**
     * Writes every output of {@code kg} to {@code outDir} and, last, the manifest naming the inputs they were built
     * from. The old manifest goes first, so that a build stopped half-way leaves no manifest claiming the output
     * is current.
     */
    public static BuildManifest write(KnowledgeGraph kg, Sources sources, Path outDir, String inputs,
            String fingerprint) throws IOException {
        Graph data = kg.model().getGraph();
        byte[] context = Files.readAllBytes(sources.contextFile());
        Files.createDirectories(outDir);
        Files.deleteIfExists(outDir.resolve(BuildManifest.FILE));
        try (AtomicFiles out = new AtomicFiles(outDir)) {
            Map<DumpFormat, Long> sizes = dumps(data, context, out);
            out.put(CONTEXT_FILE, context);
            out.put(VOID_FILE, Serializer.turtle(VoidDescription.describe(data, sizes,
                    VoidDescription.Addresses.canonical()).getGraph()));
            List<Summary.Family> families = familyTrees(data, out);
            Map<String, Long> bytes = new TreeMap<>();
            for (String name : staged(families)) {
                bytes.put(name, out.size(name));
            }
            long entries = kg.catalog().entries().size();
            BuildManifest manifest = new BuildManifest("medfm-kg " + Program.VERSION, inputs, fingerprint, entries,
                    kg.catalog().things().size() - entries, bytes, Summary.of(data, families));
            out.put(BuildManifest.FILE, manifest.toJson());
            out.commit();
            return manifest;
        }
    }

    /** The three dumps, from the triples sorted once (and let go of after); their sizes. */
    private static Map<DumpFormat, Long> dumps(Graph data, byte[] context, AtomicFiles out) throws IOException {
        List<Map.Entry<String, Triple>> sorted = Serializer.sorted(data);
        try (OutputStream nt = out.create(DumpFormat.NTRIPLES.fileName())) {
            Serializer.ntriples(sorted, nt);
        }
        try (OutputStream ttl = out.create(DumpFormat.TURTLE.fileName())) {
            Serializer.turtle(sorted, ttl);
        }
        try (OutputStream jsonld = out.create(DumpFormat.JSONLD.fileName())) {
            new JsonLdCompactor(context).compact(sorted, jsonld);
        }
        Map<DumpFormat, Long> sizes = new EnumMap<>(DumpFormat.class);
        for (DumpFormat f : DumpFormat.values()) {
            sizes.put(f, out.size(f.fileName()));
        }
        return sizes;
    }

    /** The whole picture, and for a large tree each base model's family apart; those families. */
    private static List<Summary.Family> familyTrees(Graph data, AtomicFiles out) throws IOException {
        FamilyTree tree = FamilyTree.of(data);
        out.put(FAMILY_TREE_FILE, FamilyTreeSvg.whole(tree).getBytes(StandardCharsets.UTF_8));
        List<Summary.Family> families = new ArrayList<>();
        for (Map.Entry<String, String> f : FamilyTreeSvg.families(tree).entrySet()) {
            out.put(FAMILIES_DIR + f.getKey() + ".svg", f.getValue().getBytes(StandardCharsets.UTF_8));
            families.add(new Summary.Family(f.getKey(), tree.node(f.getKey()).orElseThrow().label(),
                    tree.descendantsOf(f.getKey()).shown()));
        }
        return families;
    }

    private static List<String> staged(List<Summary.Family> families) {
        List<String> names = new ArrayList<>();
        for (DumpFormat f : DumpFormat.values()) {
            names.add(f.fileName());
        }
        names.addAll(List.of(CONTEXT_FILE, VOID_FILE, FAMILY_TREE_FILE));
        families.forEach(f -> names.add(FAMILIES_DIR + f.slug() + ".svg"));
        return names;
    }
}
