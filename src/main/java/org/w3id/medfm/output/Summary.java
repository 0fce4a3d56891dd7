package org.w3id.medfm.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.medfm.vocab.MedFM;
import org.w3id.medfm.vocab.Prefixes;
import org.w3id.medfm.vocab.Vocab;

/**
 * What the landing page says about the graph, counted once by {@code build} (and kept in its manifest) so that
 * the server never counts at start or on a visit, whatever the size of the graph.
 *
 * @param triples triples in the graph
 * @param entries things typed {@code medfm:Entry}
 * @param models things typed {@code medfm:Model}
 * @param paradigms entries per paradigm, most first
 * @param modalities entries per modality, most first
 * @param families the base models whose families are drawn apart, by slug (none when the whole tree is drawn)
 * @param lists what each list the graph follows lists, by label
 * @param overlaps the things two lists both list, for each pair of lists that share any, most first
 */
public record Summary(long triples, long entries, long models, List<Count> paradigms, List<Count> modalities,
        List<Family> families, List<ListCount> lists, List<Overlap> overlaps) {

    public Summary {
        families = families == null ? List.of() : List.copyOf(families);
        lists = lists == null ? List.of() : List.copyOf(lists);
        overlaps = overlaps == null ? List.of() : List.copyOf(overlaps);
    }

    /**
     * What one list lists.
     *
     * @param listed the entries and base models it lists
     * @param baseModels those of them that are base models (a "General Domain" row)
     * @param onlyHere those no other list of the graph lists
     */
    public record ListCount(String iri, String label, long listed, long entries, long baseModels, long onlyHere) {
    }

    /** How many things two lists both list. */
    public record Overlap(String first, String firstLabel, String second, String secondLabel, long shared) {
    }

    /**
     * A base model whose family has its own picture ({@code families/SLUG.svg}), when the tree is too large to
     * draw whole.
     *
     * @param models the models in the family, the base model included
     */
    public record Family(String slug, String label, int models) {
    }

    /**
     * How many entries a concept has.
     *
     * @param label the concept's {@code rdfs:label} or {@code skos:prefLabel}, or null
     */
    public record Count(String iri, String label, long count) {
    }

    /** Counts {@code data}, whose families drawn apart are {@code families}. */
    public static Summary of(Graph data, List<Family> families) {
        return of(data, data.size(), families);
    }

    /**
     * Counts a graph of {@code triples} triples from {@code data}, which holds at least its {@code rdf:type}
     * triples of entries and models, their paradigms and modalities and those concepts' labels, and the listings'
     * lists and items with the lists' labels.
     */
    public static Summary of(Graph data, long triples, List<Family> families) {
        Map<Node, Set<Node>> listsOf = listsOf(data);
        return new Summary(triples, count(data, "?e a medfm:Entry"), count(data, "?e a medfm:Model"),
                counts(data, "paradigm"), counts(data, "modality"), families, lists(data, listsOf),
                overlaps(data, listsOf));
    }

    /**
     * Each list's counts: what {@code queries/models-per-list.rq} answers, counted in one pass over the listings
     * (the query's {@code EXISTS} per listed thing costs time quadratic in the listings: 50 s at 10,000 entries).
     */
    private static List<ListCount> lists(Graph data, Map<Node, Set<Node>> listsOf) {
        Map<Node, long[]> counts = new HashMap<>();
        listsOf.forEach((thing, lists) -> {
            boolean entry = data.contains(thing, RDF.type.asNode(), MedFM.Entry.asNode());
            for (Node list : lists) {
                long[] c = counts.computeIfAbsent(list, k -> new long[3]);
                c[0]++;
                c[1] += entry ? 1 : 0;
                c[2] += lists.size() == 1 ? 1 : 0;
            }
        });
        List<ListCount> out = new ArrayList<>();
        counts.forEach((list, c) -> listLabel(data, list).ifPresent(label -> out.add(new ListCount(list.getURI(),
                label, c[0], c[1], c[0] - c[1], c[2]))));
        out.sort(Comparator.comparingLong(ListCount::listed).reversed().thenComparing(ListCount::label));
        return List.copyOf(out);
    }

    /** The things two lists both list, for each pair of lists: what {@code queries/lists-overlap.rq} answers. */
    private static List<Overlap> overlaps(Graph data, Map<Node, Set<Node>> listsOf) {
        Map<List<Node>, Long> shared = new HashMap<>();
        for (Set<Node> lists : listsOf.values()) {
            for (Node first : lists) {
                for (Node second : lists) {
                    if (first.getURI().compareTo(second.getURI()) < 0) {
                        shared.merge(List.of(first, second), 1L, Long::sum);
                    }
                }
            }
        }
        List<Overlap> out = new ArrayList<>();
        shared.forEach((pair, n) -> {
            Optional<String> first = listLabel(data, pair.get(0));
            Optional<String> second = listLabel(data, pair.get(1));
            if (first.isPresent() && second.isPresent()) {
                out.add(new Overlap(pair.get(0).getURI(), first.get(), pair.get(1).getURI(), second.get(), n));
            }
        });
        out.sort(Comparator.comparingLong(Overlap::shared).reversed().thenComparing(Overlap::firstLabel)
                .thenComparing(Overlap::secondLabel));
        return List.copyOf(out);
    }

    /** Each listed thing (a {@code schema:item} of a listing) with the lists whose listings name it. */
    private static Map<Node, Set<Node>> listsOf(Graph data) {
        Map<Node, Set<Node>> listsOf = new HashMap<>();
        Node item = Vocab.schemaItem.asNode();
        data.find(Node.ANY, MedFM.inList.asNode(), Node.ANY).forEachRemaining(l -> data.find(l.getSubject(), item,
                Node.ANY).forEachRemaining(i -> listsOf.computeIfAbsent(i.getObject(), k -> new HashSet<>())
                        .add(l.getObject())));
        return listsOf;
    }

    /** A list's {@code rdfs:label} (the first, should it have several), as the queries join it. */
    private static Optional<String> listLabel(Graph data, Node list) {
        return Optional.ofNullable(first(data, list, RDFS.label.asNode()));
    }

    private static long number(Node n) {
        return ((Number) n.getLiteralValue()).longValue();
    }

    private static long count(Graph data, String pattern) {
        String q = Prefixes.sparqlPrologue() + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { " + pattern + " }";
        return number(QueryExec.graph(data).query(q).select().next().get("n"));
    }

    private static List<Count> counts(Graph data, String property) {
        String q = Prefixes.sparqlPrologue() + "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a medfm:Entry ; medfm:"
                + property + " ?c } GROUP BY ?c ORDER BY DESC(?n) ?c";
        List<Count> out = new ArrayList<>();
        QueryExec.graph(data).query(q).select().forEachRemaining(b -> out.add(new Count(b.get("c").getURI(),
                label(data, b.get("c")), number(b.get("n")))));
        return List.copyOf(out);
    }

    private static String label(Graph g, Node n) {
        String l = first(g, n, RDFS.label.asNode());
        return l != null ? l : first(g, n, SKOS.prefLabel.asNode());
    }

    private static String first(Graph g, Node n, Node p) {
        return g.find(n, p, Node.ANY).toList().stream().map(t -> t.getObject()).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(null);
    }
}
