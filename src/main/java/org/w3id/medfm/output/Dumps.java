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
import java.util.Iterator;
import java.util.TreeMap;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.Timing;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.w3id.medfm.pipeline.KnowledgeGraph;
import org.w3id.medfm.pipeline.Program;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.svg.FamilyTree;
import org.w3id.medfm.svg.FamilyTreeSvg;

/**
 * Writes every output of {@code build}: the triples sorted once, then streamed to each dump's staged file (a dump
 * may be larger than memory, and so may the graph: see {@link #build}), the context, the VoID description, the
 * family tree, and last the manifest; moved into place only when all are written (see {@link AtomicFiles}).
 */
public final class Dumps {
    public static final String CONTEXT_FILE = "context.jsonld";
    public static final String VOID_FILE = "void.ttl";
    /** The derivation graph drawn as SVG (see {@link org.w3id.medfm.svg.FamilyTreeSvg}). */
    public static final String FAMILY_TREE_FILE = "family-tree.svg";
    /** For a tree too large to draw whole: one picture per base model, {@code families/SLUG.svg}. */
    public static final String FAMILIES_DIR = "families/";
    /**
     * The endpoint's named graphs beside the dumps' default graph, as N-Quads: the example queries and the
     * ontology, made from their inputs once, here, so that a server reads them as quickly as the dump.
     */
    public static final String NAMED_GRAPHS_FILE = "named-graphs.nq";

    private Dumps() {
    }

    /** Bytes of N-Triples lines held in memory while building; more are sorted and spilled to disk. */
    static final long SORT_BUDGET = Long.getLong("medfm.sortBudget", 64L << 20);

    /**
     * Builds the graph of {@code sources} part by part ({@link GraphBuilder#stream}) and writes every output to
     * {@code outDir}, and, last, the manifest naming the inputs they were built from: each part's N-Triples lines
     * go to an {@link ExternalSort} (on disk beyond a budget), the sorted lines to the N-Triples dump; what the
     * pictures and the landing page need (derivations, types, paradigms, modalities and labels), kept aside as parts
     * went by, is drawn and counted and let go; then the dump is read once, streaming, into the Turtle and JSON-LD
     * dumps and the VoID counts. The whole graph is never held, nor the records once the graph is made. Bad data
     * writes nothing: the problems come as a {@link DataException}, and the folder is as it was.
     */
    public static BuildManifest build(Sources sources, Path outDir, String inputs, String fingerprint,
            byte[] namedGraphs) throws DataException, IOException {
        Timing.start();
        byte[] context = Files.readAllBytes(sources.contextFile());
        Files.createDirectories(outDir);
        try (AtomicFiles out = new AtomicFiles(outDir); ExternalSort sort = new ExternalSort(outDir, SORT_BUDGET)) {
            PageTriples pages = new PageTriples();
            long[] things = parts(sources, sort, pages);
            Timing.lap("records, graph and SHACL (" + sort.added() + " lines, " + sort.runs() + " runs on disk)");
            // The data is valid: from here the old output goes, the manifest first.
            Files.deleteIfExists(outDir.resolve(BuildManifest.FILE));
            long triples = 0;
            try (OutputStream nt = out.create(DumpFormat.NTRIPLES.fileName())) {
                Iterator<String> lines = sort.sorted();
                while (lines.hasNext()) {
                    nt.write(lines.next().getBytes(StandardCharsets.UTF_8));
                    nt.write('\n');
                    triples++;
                }
            }
            sort.close();
            Timing.lap("sorted N-Triples");
            List<Summary.Family> families = familyTrees(pages.graph(), out);
            Summary summary = Summary.of(pages.graph(), triples, families);
            pages = null;
            Timing.lap("pictures and counts for the pages");
            VoidDescription.Counts counts = turtleAndJsonLd(out.staged(DumpFormat.NTRIPLES.fileName()), context, out);
            Timing.lap("Turtle, JSON-LD and VoID counts");
            out.put(NAMED_GRAPHS_FILE, namedGraphs);
            BuildManifest manifest = rest(summary, families, counts, context, out, inputs, fingerprint, things[0],
                    things[1]);
            out.commit();
            Timing.lap("VoID and manifest");
            return manifest;
        }
    }

    /**
     * Checks the data as {@code build} does and counts the graph's triples, writing nothing but the sort's runs
     * (in a temporary folder, deleted after): the parts' lines are sorted past the budget on disk and counted
     * without repeats, so that the whole graph is never held, at any size.
     *
     * @return the entries, the base models and the triples
     */
    public static long[] validate(Sources sources) throws DataException, IOException {
        Path temp = Files.createTempDirectory("medfm-kg-validate");
        try (ExternalSort sort = new ExternalSort(temp, SORT_BUDGET)) {
            long[] things = parts(sources, sort, null);
            long triples = 0;
            for (Iterator<String> lines = sort.sorted(); lines.hasNext(); lines.next()) {
                triples++;
            }
            return new long[] {things[0], things[1], triples};
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Streams the parts of the graph of {@code sources} into {@code sort} and, unless null, {@code pages}; the
     * entries and base models counted. The records go when this returns.
     */
    private static long[] parts(Sources sources, ExternalSort sort, PageTriples pages) throws DataException {
        Catalog catalog = new GraphBuilder(sources).stream(part -> {
            Graph g = part.graph().model().getGraph();
            List<String> lines = new ArrayList<>(g.size());
            List<Triple> kept = new ArrayList<>();
            g.find().forEachRemaining(t -> {
                lines.add(Serializer.line(t));
                if (pages != null && (part.shared() || PageTriples.needed(t))) {
                    kept.add(t);
                }
            });
            sort.addAll(lines);
            if (pages != null) {
                pages.addAll(kept);
            }
        });
        long entries = catalog.things().stream().filter(org.w3id.medfm.records.Thing::isEntry).count();
        return new long[] {entries, catalog.things().size() - entries};
    }

    /** The context, the VoID and the manifest, once the dumps and pictures are staged. */
    private static BuildManifest rest(Summary summary, List<Summary.Family> families, VoidDescription.Counts counts,
            byte[] context, AtomicFiles out, String inputs, String fingerprint, long entries, long baseModels)
            throws IOException {
        Map<DumpFormat, Long> sizes = new EnumMap<>(DumpFormat.class);
        for (DumpFormat f : DumpFormat.values()) {
            sizes.put(f, out.size(f.fileName()));
        }
        out.put(CONTEXT_FILE, context);
        out.put(VOID_FILE, Serializer.turtle(VoidDescription.describe(counts, sizes,
                VoidDescription.Addresses.canonical()).getGraph()));
        Map<String, Long> bytes = new TreeMap<>();
        for (String name : staged(families)) {
            bytes.put(name, out.size(name));
        }
        BuildManifest manifest = new BuildManifest("medfm-kg " + Program.VERSION, inputs, fingerprint, entries,
                baseModels, bytes, summary);
        out.put(BuildManifest.FILE, manifest.toJson());
        return manifest;
    }

    /**
     * Reads the staged N-Triples dump once, streaming, into the Turtle and JSON-LD dumps (subject by subject, in
     * the dump's order) and the VoID counts.
     */
    private static VoidDescription.Counts turtleAndJsonLd(Path ntriples, byte[] context, AtomicFiles out)
            throws IOException {
        VoidDescription.Counts counts = new VoidDescription.Counts();
        ContextWriter json = new ContextWriter(context);
        List<Map.Entry<String, Triple>> forTitanium = json.supports() ? null : new ArrayList<>();
        try (OutputStream ttl = out.create(DumpFormat.TURTLE.fileName());
                OutputStream jsonld = out.create(DumpFormat.JSONLD.fileName())) {
            StreamRDF turtle = StreamRDFWriter.getWriterStream(ttl, RDFFormat.TURTLE_BLOCKS);
            turtle.start();
            Prefixes.map().forEach(turtle::prefix);
            try (ContextWriter.Streaming nodes = json.supports() ? json.new Streaming(jsonld) : null) {
                RDFParser.source(ntriples).lang(Lang.NTRIPLES).checking(false)
                        .labelToNode(LabelToNode.createUseLabelAsGiven()).parse(new StreamRDFBase() {
                            @Override
                            public void triple(Triple t) {
                                turtle.triple(t);
                                counts.add(t);
                                if (nodes != null) {
                                    nodes.triple(t);
                                } else {
                                    forTitanium.add(Map.entry(Serializer.line(t), t));
                                }
                            }
                        });
            }
            turtle.finish();
            if (forTitanium != null) {
                jsonld.write(new JsonLdCompactor(context).byTitanium(forTitanium));
            } else {
                jsonld.write('\n');
            }
        }
        return counts;
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
        names.addAll(List.of(CONTEXT_FILE, VOID_FILE, FAMILY_TREE_FILE, NAMED_GRAPHS_FILE));
        families.forEach(f -> names.add(FAMILIES_DIR + f.slug() + ".svg"));
        return names;
    }
}
