package org.w3id.medfm.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        return ntriples(sorted(graph));
    }

    /**
     * The triples of {@code graph} with their N-Triples lines, in line order: computed and sorted once, then
     * written in every format ({@link #ntriples(List)}, {@link #turtle(List)}, {@link JsonLdCompactor}).
     */
    public static List<Map.Entry<String, Triple>> sorted(Graph graph) {
        List<Map.Entry<String, Triple>> out = new ArrayList<>(graph.size());
        graph.find().forEachRemaining(t -> out.add(Map.entry(line(t), t)));
        out.sort(Map.Entry.comparingByKey());
        return out;
    }

    /** N-Triples from {@link #sorted} lines. */
    public static byte[] ntriples(List<Map.Entry<String, Triple>> sorted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sorted.size() * 160);
        ntriples(sorted, out);
        return out.toByteArray();
    }

    /** N-Triples from {@link #sorted} lines, to {@code out}. */
    public static void ntriples(List<Map.Entry<String, Triple>> sorted, OutputStream out) {
        try {
            for (Map.Entry<String, Triple> e : sorted) {
                out.write(e.getKey().getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Turtle with the project's prefixes, one block per subject, subjects and their triples in sorted order, so
     * that a diff of two dumps shows what changed and nothing else.
     */
    public static byte[] turtle(Graph graph) {
        return turtle(sorted(graph));
    }

    /** {@link #turtle(Graph)} from {@link #sorted} triples. */
    public static byte[] turtle(List<Map.Entry<String, Triple>> sorted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sorted.size() * 80);
        turtle(sorted, out);
        return out.toByteArray();
    }

    /** {@link #turtle(List)} to {@code out}. */
    public static void turtle(List<Map.Entry<String, Triple>> sorted, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        Prefixes.map().forEach(stream::prefix);
        sorted.forEach(e -> stream.triple(e.getValue()));
        stream.finish();
    }

    /** Turtle of a model, as a string (for pages and responses). */
    public static String turtle(Model model) {
        return new String(turtle(model.getGraph()), StandardCharsets.UTF_8);
    }

    /** {@code graph}'s triples as N-Quads lines in {@code name}, sorted, to {@code out}. */
    public static void nquads(String name, Graph graph, OutputStream out) {
        String in = " " + NodeFmtLib.strNT(org.apache.jena.graph.NodeFactory.createURI(name)) + " .";
        try {
            for (Map.Entry<String, Triple> e : sorted(graph)) {
                String line = e.getKey();
                out.write((line.substring(0, line.length() - 2) + in + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One N-Triples line, without its line break. */
    static String line(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                + NodeFmtLib.strNT(t.getObject()) + " .";
    }
}
