package org.w3id.medfm.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.medfm.vocab.MedFM;

/**
 * The view of the ontology for {@code /ontology}: its metadata, then every class and every property of the
 * {@code medfm:} namespace with label, definition, super- and sub-terms, domain, range and characteristics, then
 * the external terms it reuses.
 */
public record OntologyPage(String title, String description, String version, Link versionIri, Link license,
        List<Term> classes, List<Term> properties, List<Link> external, List<Link> formats) {

    /** One class or property. */
    public record Term(String anchor, String iri, String curie, String label, String comment, List<String> kinds,
            List<Link> supers, List<Link> subs, List<Link> domain, List<Link> range, List<Link> usedWith) {
        public boolean hasSupers() {
            return !supers.isEmpty();
        }

        public boolean hasSubs() {
            return !subs.isEmpty();
        }

        public boolean hasDomain() {
            return !domain.isEmpty();
        }

        public boolean hasRange() {
            return !range.isEmpty();
        }

        public boolean hasUsedWith() {
            return !usedWith.isEmpty();
        }
    }

    public String pageTitle() {
        return title == null ? "Ontology" : title;
    }

    private static final Set<Node> PROPERTY_TYPES = Set.of(OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(), RDF.Property.asNode());

    static OntologyPage build(Graph g, Labels labels) {
        Node ont = Labels.uri(MedFM.ONTOLOGY);
        View v = new View(g, labels);
        return new OntologyPage(v.text(ont, DCTerms.title.asNode()), v.text(ont, DCTerms.description.asNode()),
                v.text(ont, OWL.versionInfo.asNode()), v.one(ont, OWL.versionIRI.asNode()),
                v.one(ont, DCTerms.license.asNode()), v.classes(), v.properties(), v.external(),
                ResourcePage.formats("/ontology"));
    }

    /** Reads terms out of the ontology graph. */
    private record View(Graph g, Labels labels) {
        List<Term> classes() {
            return ours(g.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode()).toList()).stream()
                    .map(c -> term(c, RDFS.subClassOf.asNode(), List.of(), List.of(),
                            subjects(RDFS.domain.asNode(), c)))
                    .toList();
        }

        List<Term> properties() {
            List<Triple> typed = new ArrayList<>();
            PROPERTY_TYPES.forEach(t -> typed.addAll(g.find(Node.ANY, RDF.type.asNode(), t).toList()));
            return ours(typed).stream().map(p -> term(p, RDFS.subPropertyOf.asNode(),
                    objects(p, RDFS.domain.asNode()), objects(p, RDFS.range.asNode()), List.of())).toList();
        }

        List<Link> external() {
            return g.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream().map(Triple::getSubject)
                    .filter(n -> n.isURI() && !n.getURI().startsWith(MedFM.NS) && !n.getURI().equals(MedFM.ONTOLOGY))
                    .distinct().map(n -> new Link(Labels.curie(n.getURI()), Link.href(n.getURI()), null))
                    .sorted(Comparator.comparing(Link::text)).toList();
        }

        private List<Node> ours(List<Triple> typed) {
            return typed.stream().map(Triple::getSubject).filter(n -> n.isURI() && n.getURI().startsWith(MedFM.NS))
                    .distinct().sorted(Comparator.comparing(Node::getURI)).toList();
        }

        private Term term(Node n, Node superProperty, List<Link> domain, List<Link> range, List<Link> usedWith) {
            String local = n.getURI().substring(MedFM.NS.length());
            List<String> kinds = g.find(n, RDF.type.asNode(), Node.ANY).toList().stream()
                    .map(t -> Labels.curie(t.getObject().getURI())).sorted().toList();
            return new Term(local, n.getURI(), "medfm:" + local, text(n, RDFS.label.asNode()),
                    text(n, RDFS.comment.asNode()), kinds, objects(n, superProperty),
                    subjects(superProperty, n), domain, range, usedWith);
        }

        String text(Node s, Node p) {
            return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                    .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
        }

        Link one(Node s, Node p) {
            return objects(s, p).stream().findFirst().orElse(null);
        }

        private List<Link> objects(Node s, Node p) {
            return g.find(s, p, Node.ANY).toList().stream().filter(t -> t.getObject().isURI())
                    .map(t -> labels.link(g, t.getObject())).sorted(Comparator.comparing(Link::text)).toList();
        }

        private List<Link> subjects(Node p, Node o) {
            return g.find(Node.ANY, p, o).toList().stream().filter(t -> t.getSubject().isURI())
                    .map(t -> labels.link(g, t.getSubject())).sorted(Comparator.comparing(Link::text)).toList();
        }
    }
}
