package org.w3id.medfm.server;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.medfm.records.CorrectableField;
import org.w3id.medfm.vocab.MedFM;
import org.w3id.medfm.vocab.Vocab;

/**
 * One place where the graph departs from the awesome list, as an entry's page shows it: the correction's own page,
 * the field, what the list says, what the graph says instead, why, and the source.
 *
 * @param page the correction, linking to {@code /id/correction/...}
 * @param field the corrected property, by its label in the ontology
 */
public record ListCorrection(Link page, Link field, String listed, String corrected, String note, Link source) {

    /** The corrections of {@code entry} ({@code schema:correction}), by field. */
    static List<ListCorrection> of(Graph data, Node entry, Labels labels) {
        return data.find(entry, Vocab.schemaCorrection.asNode(), Node.ANY).toList().stream()
                .map(t -> one(data, t.getObject(), labels))
                .sorted(Comparator.comparing((ListCorrection c) -> c.field().text()))
                .toList();
    }

    private static ListCorrection one(Graph data, Node c, Labels labels) {
        Link page = labels.link(data, c);
        Link field = first(data, c, MedFM.correctedProperty.asNode()).map(p -> field(data, p, labels))
                .orElse(Link.text("(no field)"));
        return new ListCorrection(page, field, text(data, c, MedFM.listedValue.asNode()),
                text(data, c, MedFM.correctedValue.asNode()), text(data, c, RDFS.comment.asNode()),
                first(data, c, DCTerms.source.asNode()).map(s -> labels.link(data, s)).orElse(null));
    }

    /** The property's label; for one the ontology leaves unlabelled (dcterms:title), the data's name for it. */
    private static Link field(Graph data, Node property, Labels labels) {
        Link l = labels.link(data, property);
        if (!property.isURI() || !l.text().equals(Labels.curie(property.getURI()))) {
            return l;
        }
        return Arrays.stream(CorrectableField.values()).filter(f -> f.property().asNode().equals(property))
                .findFirst().map(f -> new Link(f.yamlName(), l.href(), l.text())).orElse(l);
    }

    private static Optional<Node> first(Graph data, Node s, Node p) {
        return data.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).findFirst();
    }

    private static String text(Graph data, Node s, Node p) {
        return first(data, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(null);
    }
}
