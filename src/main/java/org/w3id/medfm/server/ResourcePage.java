package org.w3id.medfm.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.medfm.vocab.MedFM;

/**
 * The view of one thing for its HTML page: label, types, every property with its values, the links into it, the
 * entries built on it, its family tree (as lists, and for a model as a picture), for an entry the corrections
 * the graph makes to the list, every curated fact (derivations, data sets, licences, access to the weights,
 * size, identifiers) with how it is known, and its bibliographic data (authors in order; for a person, their
 * papers). Built from its description and, for the tree and corrections, the whole graph.
 *
 * @param familySvg the model's family drawn by {@link org.w3id.medfm.svg.FamilyTreeSvg}, or null; the template
 *     includes it unescaped, which is safe only because that writer escapes every label and writes no script
 */
public record ResourcePage(String iri, String label, String title, List<Link> types, List<Row> properties,
        List<Row> incoming, List<FamilyTree.Branch> ancestors, List<FamilyTree.Branch> descendants,
        List<Link> builtOn, List<Link> usedBy, List<Link> formats, String familySvg,
        List<ListCorrection> corrections, List<FactRow> facts, Bibliography bibliography) {

    /** One property and its values (or, for links into the thing, one property and its subjects). */
    public record Row(Link property, List<Link> values) {
    }

    static ResourcePage build(Graph data, Graph description, Node subject, Labels labels, String path,
            String familySvg) {
        FamilyTree tree = new FamilyTree(data, labels);
        List<FamilyTree.Branch> down = tree.descendants(subject);
        return new ResourcePage(subject.getURI(),
                Labels.label(data, subject).orElse(Labels.curie(subject.getURI())),
                first(description, subject, DCTerms.title.asNode()),
                links(description.find(subject, RDF.type.asNode(), Node.ANY).toList(), Triple::getObject, data, labels),
                grouped(description.find(subject, Node.ANY, Node.ANY).toList(), Triple::getObject, data, labels),
                grouped(description.find(Node.ANY, Node.ANY, subject).toList(), Triple::getSubject, data, labels),
                tree.ancestors(subject), down, tree.entries(down),
                links(description.find(Node.ANY, MedFM.usesModel.asNode(), subject).toList(), Triple::getSubject,
                        data, labels),
                formats(path), familySvg, ListCorrection.of(data, subject, labels),
                FactRow.of(data, subject, labels), Bibliography.of(data, subject, labels));
    }

    public String pageTitle() {
        return label;
    }

    public boolean hasFamily() {
        return !ancestors.isEmpty() || !descendants.isEmpty();
    }

    public boolean hasAncestors() {
        return !ancestors.isEmpty();
    }

    public boolean hasDescendants() {
        return !descendants.isEmpty();
    }

    public boolean hasFamilySvg() {
        return familySvg != null;
    }

    public boolean hasBibliography() {
        return !bibliography.isEmpty();
    }

    public boolean hasCorrections() {
        return !corrections.isEmpty();
    }

    public boolean hasFacts() {
        return !facts.isEmpty();
    }

    public boolean hasBuiltOn() {
        return !builtOn.isEmpty();
    }

    public boolean hasUsedBy() {
        return !usedBy.isEmpty();
    }

    public boolean hasIncoming() {
        return !incoming.isEmpty();
    }

    private static String first(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }

    /** Rows by property label, each with its values by text. */
    private static List<Row> grouped(List<Triple> triples, Function<Triple, Node> value, Graph data, Labels labels) {
        Map<String, Row> rows = new TreeMap<>();
        for (Triple t : triples) {
            Link p = labels.link(data, t.getPredicate());
            rows.computeIfAbsent(p.text() + " " + t.getPredicate().getURI(), k -> new Row(p, new ArrayList<>()))
                    .values().add(labels.link(data, value.apply(t)));
        }
        rows.values().forEach(r -> r.values().sort(Comparator.comparing(Link::text)));
        return List.copyOf(rows.values());
    }

    private static List<Link> links(List<Triple> triples, Function<Triple, Node> value, Graph data, Labels labels) {
        return triples.stream().map(t -> labels.link(data, value.apply(t))).sorted(Comparator.comparing(Link::text))
                .toList();
    }

    /** Links to the other representations of the page at {@code path}. */
    static List<Link> formats(String path) {
        return Format.RDF.stream().map(f -> new Link(f.label(), path + "?format=" + f.param(), f.mediaType())).toList();
    }
}
