package org.w3id.medfm.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.medfm.vocab.MedFM;
import org.w3id.medfm.vocab.Vocab;

/**
 * The bibliographic part of a page. For a paper (an entry or a base model): its authors in the byline's order, its
 * date and its venue. For a person: the papers that name that person node, and the other papers whose bylines
 * print the same name, offered apart because a shared name is no evidence of a shared person.
 */
public record Bibliography(List<Link> authors, Link published, Link venue, List<Paper> papers,
        List<Paper> sameName, String name) {

    /** A paper as a person's page lists it. */
    public record Paper(Link work, String date, Link venue) {
    }

    static Bibliography of(Graph data, Node subject, Labels labels) {
        String name = literal(data, subject, Vocab.schemaName.asNode()).orElse(null);
        boolean person = data.contains(subject, RDF.type.asNode(), Vocab.schemaPerson.asNode());
        return new Bibliography(authors(data, subject, labels),
                object(data, subject, Vocab.schemaDatePublished.asNode()).map(Link::literal).orElse(null),
                object(data, subject, MedFM.publishedIn.asNode()).map(v -> labels.link(data, v)).orElse(null),
                person ? papers(data, List.of(subject), labels) : List.of(),
                person && name != null ? papers(data, namesakes(data, subject, name), labels) : List.of(), name);
    }

    public boolean hasAuthors() {
        return !authors.isEmpty();
    }

    public boolean hasPapers() {
        return !papers.isEmpty();
    }

    public boolean hasSameName() {
        return !sameName.isEmpty();
    }

    public boolean isEmpty() {
        return authors.isEmpty() && published == null && venue == null && papers.isEmpty();
    }

    /** The authors in order, read along the bibo:authorList. */
    private static List<Link> authors(Graph data, Node work, Labels labels) {
        List<Link> out = new ArrayList<>();
        Node cell = object(data, work, Vocab.biboAuthorList.asNode()).orElse(null);
        Set<Node> seen = new HashSet<>();
        while (cell != null && !cell.equals(RDF.nil.asNode()) && seen.add(cell)) {
            object(data, cell, RDF.first.asNode()).ifPresent(p -> out.add(labels.link(data, p)));
            cell = object(data, cell, RDF.rest.asNode()).orElse(null);
        }
        return out;
    }

    /** Other person nodes printed with the same name. */
    private static List<Node> namesakes(Graph data, Node person, String name) {
        return data.find(Node.ANY, Vocab.schemaName.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString(name))
                .toList().stream().map(Triple::getSubject).filter(n -> !n.equals(person)).toList();
    }

    private static List<Paper> papers(Graph data, List<Node> people, Labels labels) {
        List<Paper> out = new ArrayList<>();
        for (Node p : people) {
            for (Triple t : data.find(Node.ANY, Vocab.schemaAuthor.asNode(), p).toList()) {
                Node work = t.getSubject();
                out.add(new Paper(labels.link(data, work),
                        literal(data, work, Vocab.schemaDatePublished.asNode()).orElse(null),
                        object(data, work, MedFM.publishedIn.asNode()).map(v -> labels.link(data, v)).orElse(null)));
            }
        }
        out.sort(Comparator.comparing((Paper x) -> x.date() == null ? "" : x.date()).reversed()
                .thenComparing(x -> x.work().text()));
        return out;
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).findFirst();
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        return object(g, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }
}
