package org.w3id.medfm.server;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.medfm.vocab.Prefixes;

/**
 * Names for what pages show: a thing's {@code rdfs:label} (or {@code skos:prefLabel}) from the data, an ontology
 * term's label from the ontology, else a prefixed name, else the IRI.
 */
final class Labels {
    private static final PrefixMapping PREFIXES = Prefixes.mapping();
    private final Graph ontology;

    Labels(Model ontology) {
        this.ontology = ontology.getGraph();
    }

    /** A link to {@code node}, labelled from {@code data} or the ontology. */
    Link link(Graph data, Node node) {
        if (node.isLiteral()) {
            return Link.literal(node);
        }
        if (node.isBlank()) {
            return Link.text("(a blank node)");
        }
        String iri = node.getURI();
        Optional<String> label = label(data, node).or(() -> label(ontology, node));
        String curie = curie(iri);
        return new Link(label.orElse(curie), Link.href(iri), label.isPresent() && !curie.equals(iri) ? curie : null);
    }

    /** A link to the thing {@code iri} whose label (from the data, or null) is already known. */
    Link link(String iri, String label) {
        String curie = curie(iri);
        String text = label != null ? label : label(ontology, uri(iri)).orElse(null);
        return new Link(text != null ? text : curie, Link.href(iri), text != null && !curie.equals(iri) ? curie : null);
    }

    /** The label of a node in a graph, if it has one. */
    static Optional<String> label(Graph g, Node n) {
        return first(g, n, RDFS.label.asNode()).or(() -> first(g, n, SKOS.prefLabel.asNode()));
    }

    private static Optional<String> first(Graph g, Node n, Node p) {
        return g.find(n, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    /** The prefixed name of an IRI when one of our prefixes fits, else the IRI. */
    static String curie(String iri) {
        return PREFIXES.shortForm(iri);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
