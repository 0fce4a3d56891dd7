package org.w3id.medfm.output;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
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

    /** Pretty Turtle with the project's prefixes, from a copy of the graph filled in sorted order. */
    public static byte[] turtle(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, sorted(graph), RDFFormat.TURTLE_PRETTY);
        return out.toByteArray();
    }

    /** Turtle of a model, as a string (for pages and responses). */
    public static String turtle(Model model) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, sorted(model.getGraph()), RDFFormat.TURTLE_PRETTY);
        return w.toString();
    }

    /** One N-Triples line, without its line break. */
    static String line(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                + NodeFmtLib.strNT(t.getObject()) + " .";
    }

    static Graph sorted(Graph graph) {
        List<Triple> triples = new ArrayList<>(graph.find().toList());
        triples.sort(Comparator.comparing(Serializer::line));
        Graph g = GraphFactory.createDefaultGraph();
        Prefixes.map().forEach(g.getPrefixMapping()::setNsPrefix);
        triples.forEach(g::add);
        return g;
    }
}
