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
 */
public record Summary(long triples, long entries, long models, List<Count> paradigms, List<Count> modalities,
        List<Family> families) {

    public Summary {
        families = families == null ? List.of() : List.copyOf(families);
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
        return new Summary(data.size(), count(data, "?e a medfm:Entry"), count(data, "?e a medfm:Model"),
                counts(data, "paradigm"), counts(data, "modality"), families);
    }

    private static long count(Graph data, String pattern) {
        String q = Prefixes.sparqlPrologue() + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { " + pattern + " }";
        return ((Number) QueryExec.graph(data).query(q).select().next().get("n").getLiteralValue()).longValue();
    }

    private static List<Count> counts(Graph data, String property) {
        String q = Prefixes.sparqlPrologue() + "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a medfm:Entry ; medfm:"
                + property + " ?c } GROUP BY ?c ORDER BY DESC(?n) ?c";
        List<Count> out = new ArrayList<>();
        QueryExec.graph(data).query(q).select().forEachRemaining(b -> out.add(new Count(b.get("c").getURI(),
                label(data, b.get("c")), ((Number) b.get("n").getLiteralValue()).longValue())));
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
