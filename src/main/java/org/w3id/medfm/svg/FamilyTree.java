package org.w3id.medfm.svg;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.medfm.records.DerivationKind;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.MedFM;

/**
 * The derivation graph as the picture needs it: the models that take part in at least one derivation (or use),
 * and the links between them, read from the RDF graph so that any graph the build makes (or the server holds)
 * can be drawn. Nodes and edges are sorted, so the same graph always gives the same picture.
 */
public final class FamilyTree {
    private static final String MODEL_SPACE = Ids.model("");

    /** Most models a picture shows: more would be neither drawn quickly nor read (see {@link #limited}). */
    public static final int MAX_DRAWN = 400;
    private final Map<String, TreeNode> nodes;
    private final List<TreeEdge> edges;
    /** The links by derived model and by base model, so that a walk costs what it visits, not the whole graph. */
    private final Map<String, List<TreeEdge>> up = new HashMap<>();
    private final Map<String, List<TreeEdge>> down = new HashMap<>();
    /** How many models the tree this one was cut from had (its own size when it is whole). */
    private final int whole;

    private FamilyTree(Map<String, TreeNode> nodes, List<TreeEdge> edges, int whole) {
        this.nodes = nodes;
        this.edges = edges;
        this.whole = whole;
        for (TreeEdge e : edges) {
            up.computeIfAbsent(e.derived(), k -> new ArrayList<>()).add(e);
            down.computeIfAbsent(e.base(), k -> new ArrayList<>()).add(e);
        }
    }

    private FamilyTree(Map<String, TreeNode> nodes, List<TreeEdge> edges) {
        this(nodes, edges, nodes.size());
    }

    /** Every derivation ({@code medfm:derivedFrom} and its kinds) and use ({@code medfm:usesModel}) in the graph. */
    public static FamilyTree of(Graph graph) {
        Set<TreeEdge> edges = new LinkedHashSet<>();
        for (DerivationKind k : DerivationKind.values()) {
            graph.find(Node.ANY, k.property().asNode(), Node.ANY)
                    .forEach(t -> edge(t, EdgeKind.of(k)).ifPresent(edges::add));
        }
        Set<List<String>> kinded = edges.stream().map(e -> List.of(e.derived(), e.base())).collect(Collectors.toSet());
        graph.find(Node.ANY, MedFM.derivedFrom.asNode(), Node.ANY).forEach(t -> edge(t, EdgeKind.UNSTATED)
                .filter(e -> !kinded.contains(List.of(e.derived(), e.base()))).ifPresent(edges::add));
        graph.find(Node.ANY, MedFM.usesModel.asNode(), Node.ANY).forEach(t -> edge(t, EdgeKind.USES).ifPresent(edges::add));
        Map<String, TreeNode> nodes = new TreeMap<>();
        for (TreeEdge e : edges) {
            nodes.computeIfAbsent(e.derived(), s -> node(graph, s));
            nodes.computeIfAbsent(e.base(), s -> node(graph, s));
        }
        return new FamilyTree(nodes, sorted(edges));
    }

    /**
     * One model's family: the model, every model it was built from (transitively), every model built from it
     * (transitively), and the links among them; empty when the model takes part in no derivation or use.
     */
    public Optional<FamilyTree> familyOf(String slug) {
        if (!nodes.containsKey(slug)) {
            return Optional.empty();
        }
        Set<String> members = new LinkedHashSet<>(reach(slug, true));
        members.addAll(reach(slug, false));
        return Optional.of(keep(members, members.size()));
    }

    /**
     * At most {@code max} models of this tree: all of them when there are no more; else the models nearest the
     * base models first (every base model, then what was built on them, generation by generation, each in slug
     * order), so that a picture of a large graph still shows where everything comes from. {@link #shown()} and
     * {@link #total()} say how much was left out.
     */
    public FamilyTree limited(int max) {
        if (nodes.size() <= max) {
            return this;
        }
        Set<String> kept = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(roots());
        while (!todo.isEmpty() && kept.size() < max) {
            String s = todo.poll();
            if (kept.add(s)) {
                down.getOrDefault(s, List.of()).stream().map(TreeEdge::derived).sorted().forEach(todo::add);
            }
        }
        return keep(kept, whole);
    }

    /** The models built from no other model of the tree, by slug. */
    public List<String> roots() {
        return nodes.keySet().stream().filter(s -> up.getOrDefault(s, List.of()).isEmpty()).toList();
    }

    /** {@code root} and every model built from it, at any depth. */
    public FamilyTree descendantsOf(String root) {
        Set<String> members = reach(root, false);
        return keep(members, members.size());
    }

    /** Models shown. */
    public int shown() {
        return nodes.size();
    }

    /** Models in the tree this one was cut from by {@link #limited}. */
    public int total() {
        return whole;
    }

    private FamilyTree keep(Set<String> members, int whole) {
        Map<String, TreeNode> kept = new TreeMap<>();
        members.forEach(m -> kept.put(m, nodes.get(m)));
        List<TreeEdge> links = new ArrayList<>();
        for (String m : members) {
            up.getOrDefault(m, List.of()).stream().filter(e -> members.contains(e.base())).forEach(links::add);
        }
        return new FamilyTree(kept, sorted(new LinkedHashSet<>(links)), whole);
    }

    /** The models, sorted by slug. */
    public List<TreeNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /** The links, sorted by derived model, base model and kind. */
    public List<TreeEdge> edges() {
        return edges;
    }

    public Optional<TreeNode> node(String slug) {
        return Optional.ofNullable(nodes.get(slug));
    }

    /** Every model reachable from {@code start} going up (to what it was built from) or down, itself included. */
    private Set<String> reach(String start, boolean upwards) {
        Set<String> seen = new LinkedHashSet<>(List.of(start));
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String s = todo.poll();
            for (TreeEdge e : (upwards ? up : down).getOrDefault(s, List.of())) {
                String next = upwards ? e.base() : e.derived();
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }

    private static Optional<TreeEdge> edge(Triple t, EdgeKind kind) {
        Optional<String> derived = slug(t.getSubject());
        Optional<String> base = slug(t.getObject());
        return derived.isPresent() && base.isPresent() && !derived.equals(base)
                ? Optional.of(new TreeEdge(derived.get(), base.get(), kind)) : Optional.empty();
    }

    private static Optional<String> slug(Node n) {
        return n.isURI() && n.getURI().startsWith(MODEL_SPACE) && n.getURI().length() > MODEL_SPACE.length()
                ? Optional.of(n.getURI().substring(MODEL_SPACE.length())) : Optional.empty();
    }

    /** A model's label: the smallest of its {@code rdfs:label}s, so that the choice is stable; else its slug. */
    private static TreeNode node(Graph g, String slug) {
        Node iri = org.apache.jena.graph.NodeFactory.createURI(Ids.model(slug));
        String label = g.find(iri, RDFS.label.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).min(Comparator.naturalOrder()).orElse(slug);
        return new TreeNode(slug, label, g.contains(iri, RDF.type.asNode(), MedFM.Entry.asNode()));
    }

    private static List<TreeEdge> sorted(Set<TreeEdge> edges) {
        return edges.stream().sorted(Comparator.comparing(TreeEdge::derived).thenComparing(TreeEdge::base)
                .thenComparing(TreeEdge::kind)).toList();
    }
}
