package org.w3id.medfm.server;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.medfm.vocab.MedFM;
import org.w3id.medfm.vocab.Prefixes;
import org.w3id.medfm.vocab.Vocab;

/**
 * What {@code /id/{kind}/{slug}} says about a thing, in every format: its own triples with the blank nodes they
 * lead to (a concise bounded description), the labels of what it links to, and the links into it that matter for
 * navigation (what was derived from it, what uses it, what is filed under a concept, what a scheme holds, which
 * corrections concern it), with the labels of their subjects.
 */
final class Describer {
    /** Links into a thing that its description includes. */
    static final List<Node> INCOMING = List.of(MedFM.derivedFrom.asNode(), MedFM.fineTunedFrom.asNode(),
            MedFM.continuedPretrainingFrom.asNode(), MedFM.adaptedFrom.asNode(), MedFM.reusesArchitectureOf.asNode(),
            MedFM.promptsFrozenModel.asNode(), MedFM.distilledFrom.asNode(), Vocab.provWasDerivedFrom.asNode(),
            MedFM.usesModel.asNode(), MedFM.paradigm.asNode(), MedFM.modality.asNode(), MedFM.method.asNode(),
            SKOS.inScheme.asNode(), SKOS.broader.asNode(), MedFM.correctionOf.asNode());

    /**
     * Most links into a thing, per property, that a description includes (the first by subject IRI): a concept
     * with 20,000 entries filed under it keeps a page of a readable size, and SPARQL has the rest.
     */
    static final int MAX_INCOMING = 500;

    private Describer() {
    }

    /** The description of {@code subject} in {@code data}; empty when the data says nothing about it. */
    static Graph describe(Graph data, Node subject) {
        Graph out = GraphFactory.createDefaultGraph();
        Prefixes.map().forEach(out.getPrefixMapping()::setNsPrefix);
        bounded(data, subject, out, new HashSet<>());
        if (out.isEmpty()) {
            return out;
        }
        for (Triple t : out.find().toList()) {
            labels(data, t.getObject(), out);
        }
        for (Node p : INCOMING) {
            List<Triple> in = data.find(Node.ANY, p, subject).toList();
            if (in.size() > MAX_INCOMING) {
                in = in.stream().sorted(java.util.Comparator.comparing(t -> t.getSubject().toString()))
                        .limit(MAX_INCOMING).toList();
            }
            for (Triple t : in) {
                out.add(t);
                labels(data, t.getSubject(), out);
            }
        }
        return out;
    }

    private static void bounded(Graph data, Node s, Graph out, Set<Node> seen) {
        if (!seen.add(s)) {
            return;
        }
        for (Triple t : data.find(s, Node.ANY, Node.ANY).toList()) {
            out.add(t);
            if (t.getObject().isBlank()) {
                bounded(data, t.getObject(), out, seen);
            }
        }
    }

    private static void labels(Graph data, Node n, Graph out) {
        if (n.isURI()) {
            data.find(n, RDFS.label.asNode(), Node.ANY).forEachRemaining(out::add);
        }
    }
}
