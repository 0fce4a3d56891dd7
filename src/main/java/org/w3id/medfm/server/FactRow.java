package org.w3id.medfm.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.medfm.vocab.MedFM;
import org.w3id.medfm.vocab.Vocab;

/**
 * One curated fact as a page shows it, with how it is known: a derivation, a data set the model was trained,
 * fine-tuned or evaluated on, or a fact backed by an evidence record (a licence, the access to the weights, a
 * parameter count, an identifier), with its confidence, source, basis and, if disputed, the other side.
 *
 * @param record the derivation, data-set use or evidence record, linking to its own page
 * @param fact what kind of fact (the property, by its label)
 * @param values the fact's values on the thing
 */
public record FactRow(Link record, List<Link> fact, List<Link> values, String detail, Link confidence,
        String source, String basis, String disputedBy) {

    /** Every fact of {@code thing} that says how it is known: derivations, then data sets, then the rest. */
    static List<FactRow> of(Graph data, Node thing, Labels labels) {
        List<FactRow> rows = new ArrayList<>();
        for (Node d : objects(data, thing, Vocab.provQualifiedDerivation.asNode())) {
            rows.add(row(data, d, labels, objects(data, d, MedFM.derivationKind.asNode()),
                    objects(data, d, Vocab.provEntity.asNode())));
        }
        for (Node u : objects(data, thing, MedFM.qualifiedDatasetUse.asNode())) {
            rows.add(row(data, u, labels, objects(data, u, MedFM.datasetRole.asNode()),
                    objects(data, u, MedFM.dataset.asNode())));
        }
        for (Node e : objects(data, thing, MedFM.evidence.asNode())) {
            List<Node> about = objects(data, e, MedFM.aboutProperty.asNode());
            List<Node> values = new ArrayList<>();
            about.forEach(p -> values.addAll(objects(data, thing, p)));
            rows.add(row(data, e, labels, about, values));
        }
        return rows;
    }

    private static FactRow row(Graph data, Node record, Labels labels, List<Node> fact, List<Node> values) {
        return new FactRow(labels.link(data, record), links(data, fact, labels), links(data, values, labels),
                text(data, record, RDFS.comment.asNode()),
                first(data, record, MedFM.confidence.asNode()).map(c -> labels.link(data, c)).orElse(null),
                text(data, record, DCTerms.source.asNode()), text(data, record, MedFM.basis.asNode()),
                text(data, record, MedFM.disputedBy.asNode()));
    }

    public boolean disputed() {
        return disputedBy != null;
    }

    private static List<Link> links(Graph data, List<Node> nodes, Labels labels) {
        return nodes.stream().map(n -> labels.link(data, n)).distinct().sorted(Comparator.comparing(Link::text)).toList();
    }

    private static List<Node> objects(Graph data, Node s, Node p) {
        return data.find(s, p, Node.ANY).toList().stream().map(Triple::getObject)
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    private static Optional<Node> first(Graph data, Node s, Node p) {
        return objects(data, s, p).stream().findFirst();
    }

    private static String text(Graph data, Node s, Node p) {
        return first(data, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(null);
    }
}
