package org.w3id.medfm.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.w3id.medfm.vocab.Prefixes;

/**
 * Deterministic serialisations: the same graph gives the same bytes, so that two releases can be diffed.
 * Triples are put in a fixed order before writing; N-Triples lines are sorted.
 */
public final class Serializer {
    private Serializer() {
    }

    /** N-Triples, one triple per line, lines sorted. */
    public static byte[] ntriples(Graph graph) {
        List<String> lines = new ArrayList<>();
        graph.find().forEachRemaining(t -> lines.add(line(t)));
        lines.sort(Comparator.naturalOrder());
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Turtle with the project's prefixes, one block per subject, subjects and their triples in sorted order, so
     * that a diff of two dumps shows what changed and nothing else.
     */
    public static byte[] turtle(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        Prefixes.map().forEach(stream::prefix);
        sortedTriples(graph).forEach(stream::triple);
        stream.finish();
        return out.toByteArray();
    }

    /** Turtle of a model, as a string (for pages and responses). */
    public static String turtle(Model model) {
        return new String(turtle(model.getGraph()), StandardCharsets.UTF_8);
    }

    /** The triples in N-Triples line order, each line computed once. */
    static List<Triple> sortedTriples(Graph graph) {
        return graph.find().toList().stream().map(t -> Map.entry(line(t), t))
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /** One N-Triples line, without its line break. */
    static String line(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                + NodeFmtLib.strNT(t.getObject()) + " .";
    }
}
