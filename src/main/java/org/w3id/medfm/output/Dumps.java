package org.w3id.medfm.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.w3id.medfm.pipeline.KnowledgeGraph;
import org.w3id.medfm.pipeline.Program;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.svg.FamilyTree;
import org.w3id.medfm.svg.FamilyTreeSvg;

/** Renders every output of {@code build} in memory, then writes them all at once, the manifest last. */
public final class Dumps {
    public static final String CONTEXT_FILE = "context.jsonld";
    public static final String VOID_FILE = "void.ttl";
    /** The derivation graph drawn as SVG (see {@link org.w3id.medfm.svg.FamilyTreeSvg}). */
    public static final String FAMILY_TREE_FILE = "family-tree.svg";
    /** For a tree too large to draw whole: one picture per base model, {@code families/SLUG.svg}. */
    public static final String FAMILIES_DIR = "families/";

    private Dumps() {
    }

    /** File name to bytes, for every output: the three dumps, the context, the VoID description and the family tree. */
    public static Map<String, byte[]> render(Graph data, Sources sources, VoidDescription.Addresses at) throws IOException {
        byte[] context = Files.readAllBytes(sources.contextFile());
        Map<DumpFormat, byte[]> dumps = new EnumMap<>(DumpFormat.class);
        List<Map.Entry<String, Triple>> sorted = Serializer.sorted(data);
        dumps.put(DumpFormat.TURTLE, Serializer.turtle(sorted));
        dumps.put(DumpFormat.NTRIPLES, Serializer.ntriples(sorted));
        dumps.put(DumpFormat.JSONLD, new JsonLdCompactor(context).compact(sorted));
        Map<DumpFormat, Long> sizes = new EnumMap<>(DumpFormat.class);
        dumps.forEach((f, b) -> sizes.put(f, (long) b.length));
        Map<String, byte[]> out = new LinkedHashMap<>();
        dumps.forEach((f, b) -> out.put(f.fileName(), b));
        out.put(CONTEXT_FILE, context);
        out.put(VOID_FILE, Serializer.turtle(VoidDescription.describe(data, sizes, at).getGraph()));
        FamilyTree tree = FamilyTree.of(data);
        out.put(FAMILY_TREE_FILE, FamilyTreeSvg.whole(tree).getBytes(StandardCharsets.UTF_8));
        FamilyTreeSvg.families(tree).forEach((root, svg) -> out.put(FAMILIES_DIR + root + ".svg",
                svg.getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    /** The families drawn apart ({@link #FAMILIES_DIR}), with their base model's label and size. */
    private static List<Summary.Family> families(Map<String, byte[]> files, Graph data) {
        FamilyTree tree = FamilyTree.of(data);
        List<Summary.Family> out = new ArrayList<>();
        for (String name : files.keySet()) {
            if (name.startsWith(FAMILIES_DIR)) {
                String root = name.substring(FAMILIES_DIR.length(), name.length() - ".svg".length());
                out.add(new Summary.Family(root, tree.node(root).orElseThrow().label(),
                        tree.descendantsOf(root).shown()));
            }
        }
        return out;
    }

    /**
     * Writes every output of {@code kg} to {@code outDir} and, last, the manifest naming the inputs they were built
     * from. The old manifest goes first, so that a build stopped half-way leaves no manifest claiming the output
     * is current.
     */
    public static BuildManifest write(KnowledgeGraph kg, Sources sources, Path outDir, String inputs,
            String fingerprint) throws IOException {
        Graph data = kg.model().getGraph();
        Map<String, byte[]> files = render(data, sources, VoidDescription.Addresses.canonical());
        Map<String, Long> bytes = new LinkedHashMap<>();
        files.forEach((name, b) -> bytes.put(name, (long) b.length));
        long entries = kg.catalog().entries().size();
        BuildManifest manifest = new BuildManifest("medfm-kg " + Program.VERSION, inputs, fingerprint, entries,
                kg.catalog().things().size() - entries, bytes, Summary.of(data, families(files, data)));
        files.put(BuildManifest.FILE, manifest.toJson());
        Files.createDirectories(outDir);
        Files.deleteIfExists(outDir.resolve(BuildManifest.FILE));
        AtomicFiles.writeAll(outDir, files);
        return manifest;
    }
}
