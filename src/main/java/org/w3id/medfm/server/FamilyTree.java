package org.w3id.medfm.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.medfm.vocab.MedFM;
import org.w3id.medfm.vocab.Vocab;

/**
 * A model's family tree, read from the qualified derivations ({@code prov:qualifiedDerivation}): the models it
 * was built from, theirs in turn, and the models built on it, each step with its kind of derivation. A model met
 * twice on one branch ends that branch, so that a cycle in bad data cannot loop.
 */
final class FamilyTree {
    /** One model in the tree, the derivation that links it to its parent in the tree, and its own branches. */
    public record Branch(Node node, Link model, Link kind, String detail, List<Branch> children) {
        public boolean hasChildren() {
            return !children.isEmpty();
        }
    }

    /** Most models a page's tree lists, so that the page of a model with thousands of descendants stays small. */
    static final int MAX_LISTED = 300;
    private static final Node QUALIFIED = Vocab.provQualifiedDerivation.asNode();
    private static final Node ENTITY = Vocab.provEntity.asNode();
    private final Graph data;
    private final Labels labels;

    FamilyTree(Graph data, Labels labels) {
        this.data = data;
        this.labels = labels;
    }

    /** What {@code model} was built from, recursively. */
    List<Branch> ancestors(Node model) {
        return walk(model, new HashSet<>(Set.of(model)), true, new int[] {MAX_LISTED});
    }

    /** What was built on {@code model}, recursively; after {@value #MAX_LISTED} models, a line saying how many more. */
    List<Branch> descendants(Node model) {
        return walk(model, new HashSet<>(Set.of(model)), false, new int[] {MAX_LISTED});
    }

    private List<Branch> walk(Node model, Set<Node> path, boolean up, int[] budget) {
        List<Branch> out = new ArrayList<>();
        if (budget[0] <= 0) {
            return out;
        }
        if (up) {
            for (Triple q : data.find(model, QUALIFIED, Node.ANY).toList()) {
                objects(q.getObject(), ENTITY).forEach(base -> out.add(branch(base, q.getObject(), path, true, budget)));
            }
        } else {
            List<Triple> below = data.find(Node.ANY, ENTITY, model).toList();
            if (below.size() > budget[0]) {
                below = below.stream().sorted(Comparator.comparing(t -> t.getSubject().toString())).toList();
            }
            for (Triple e : below) {
                if (budget[0] <= 0) {
                    out.sort(Comparator.comparing(b -> b.model().text()));
                    out.add(new Branch(null, Link.text("… and " + (below.size() - out.size()) + " more: ask the SPARQL "
                            + "endpoint"), Link.text(""), null, List.of()));
                    return out;
                }
                data.find(Node.ANY, QUALIFIED, e.getSubject()).forEachRemaining(
                        q -> out.add(branch(q.getSubject(), e.getSubject(), path, false, budget)));
            }
        }
        out.sort(Comparator.comparing(b -> b.model().text()));
        return out;
    }

    private Branch branch(Node other, Node derivation, Set<Node> path, boolean up, int[] budget) {
        budget[0]--;
        List<Branch> children = List.of();
        if (path.add(other)) {
            children = walk(other, path, up, budget);
            path.remove(other);
        }
        Link kind = first(derivation, MedFM.derivationKind.asNode()).map(k -> labels.link(data, k))
                .orElse(Link.text("derived from"));
        String detail = first(derivation, RDFS.comment.asNode()).map(Node::getLiteralLexicalForm).orElse(null);
        return new Branch(other, labels.link(data, other), kind, detail, children);
    }

    private List<Node> objects(Node s, Node p) {
        return data.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).toList();
    }

    private Optional<Node> first(Node s, Node p) {
        return objects(s, p).stream().findFirst();
    }

    /** Every entry among {@code descendants}, at any depth, once each, by label. */
    List<Link> entries(List<Branch> descendants) {
        Map<Node, Link> found = new LinkedHashMap<>();
        collect(descendants, found);
        return found.values().stream().sorted(Comparator.comparing(Link::text)).toList();
    }

    private void collect(List<Branch> branches, Map<Node, Link> found) {
        for (Branch b : branches) {
            if (b.node() != null && data.contains(b.node(), RDF.type.asNode(), MedFM.Entry.asNode())) {
                found.putIfAbsent(b.node(), b.model());
            }
            collect(b.children(), found);
        }
    }
}
