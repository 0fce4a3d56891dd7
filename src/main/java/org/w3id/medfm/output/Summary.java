package org.w3id.medfm.output;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.medfm.vocab.Prefixes;

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
        return new Summary(triples, count(data, "?e a medfm:Entry"), count(data, "?e a medfm:Model"),
                counts(data, "paradigm"), counts(data, "modality"), families, lists(data), overlaps(data));
    }

    private static List<ListCount> lists(Graph data) {
        String q = Prefixes.sparqlPrologue() + """
                SELECT ?list ?label (COUNT(?thing) AS ?listed) (SUM(?entry) AS ?entries) (SUM(?alone) AS ?onlyHere)
                WHERE {
                  { SELECT DISTINCT ?list ?thing WHERE { ?listing medfm:inList ?list ; schema:item ?thing . } }
                  ?list rdfs:label ?label .
                  BIND (IF(EXISTS { ?thing a medfm:Entry }, 1, 0) AS ?entry)
                  BIND (IF(EXISTS { ?other medfm:inList ?otherList ; schema:item ?thing .
                                    FILTER (?otherList != ?list) }, 0, 1) AS ?alone)
                }
                GROUP BY ?list ?label ORDER BY DESC(?listed) ?label""";
        List<ListCount> out = new ArrayList<>();
        QueryExec.graph(data).query(q).select().forEachRemaining(b -> {
            long listed = number(b.get("listed"));
            long entries = number(b.get("entries"));
            out.add(new ListCount(b.get("list").getURI(), b.get("label").getLiteralLexicalForm(), listed, entries,
                    listed - entries, number(b.get("onlyHere"))));
        });
        return List.copyOf(out);
    }

    private static List<Overlap> overlaps(Graph data) {
        String q = Prefixes.sparqlPrologue() + """
                SELECT ?first ?firstLabel ?second ?secondLabel (COUNT(DISTINCT ?thing) AS ?shared)
                WHERE {
                  ?a medfm:inList ?first ; schema:item ?thing .
                  ?b medfm:inList ?second ; schema:item ?thing .
                  FILTER (STR(?first) < STR(?second))
                  ?first rdfs:label ?firstLabel .
                  ?second rdfs:label ?secondLabel .
                }
                GROUP BY ?first ?firstLabel ?second ?secondLabel ORDER BY DESC(?shared) ?firstLabel ?secondLabel""";
        List<Overlap> out = new ArrayList<>();
        QueryExec.graph(data).query(q).select().forEachRemaining(b -> out.add(new Overlap(b.get("first").getURI(),
                b.get("firstLabel").getLiteralLexicalForm(), b.get("second").getURI(),
                b.get("secondLabel").getLiteralLexicalForm(), number(b.get("shared")))));
        return List.copyOf(out);
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
