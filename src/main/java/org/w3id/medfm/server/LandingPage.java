package org.w3id.medfm.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.medfm.output.DumpFormat;
import org.w3id.medfm.output.Dumps;
import org.w3id.medfm.vocab.Prefixes;

/**
 * The view of {@code /} for people: what the graph is, how many entries it has by paradigm and by modality
 * (counted by SPARQL on the served graph), the example queries that run here (federated ones cannot), and where
 * the dumps, descriptions and the family-tree picture are.
 */
public record LandingPage(long triples, long entries, long models, List<Count> paradigms, List<Count> modalities,
        List<ExampleQuery> examples, List<Dump> dumps, Dump familyTree, String endpoint, boolean yasgui) {

    /** How many entries a concept has. */
    public record Count(Link concept, long count) {
    }

    /** A dump to download. */
    public record Dump(String name, String href, String mediaType, long bytes) {
    }

    static LandingPage build(Graph data, Labels labels, List<ExampleQuery> examples, Publication pub, String endpoint,
            boolean yasgui) {
        List<Dump> dumps = new ArrayList<>();
        for (DumpFormat f : DumpFormat.values()) {
            dumps.add(new Dump(f.fileName(), "/" + Publication.DUMPS + f.fileName(), f.mediaType(),
                    pub.dumps().get(f.fileName()).bytes().length));
        }
        return new LandingPage(data.size(), count(data, "?e a medfm:Entry"), count(data, "?e a medfm:Model"),
                counts(data, labels, "paradigm"), counts(data, labels, "modality"),
                examples.stream().filter(ExampleQuery::runsHere).toList(), dumps, new Dump(Dumps.FAMILY_TREE_FILE,
                        Publication.FAMILY_TREE_PATH, "image/svg+xml", pub.familyTree().bytes().length),
                endpoint, yasgui);
    }

    public String pageTitle() {
        return "An open knowledge graph of medical foundation models";
    }

    public boolean hasExamples() {
        return !examples.isEmpty();
    }

    private static long count(Graph data, String pattern) {
        String q = Prefixes.sparqlPrologue() + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { " + pattern + " }";
        RowSet rs = QueryExec.graph(data).query(q).select();
        return ((Number) rs.next().get("n").getLiteralValue()).longValue();
    }

    private static List<Count> counts(Graph data, Labels labels, String property) {
        String q = Prefixes.sparqlPrologue() + "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a medfm:Entry ; medfm:"
                + property + " ?c } GROUP BY ?c ORDER BY DESC(?n) ?c";
        List<Count> out = new ArrayList<>();
        QueryExec.graph(data).query(q).select().forEachRemaining(b -> out.add(new Count(
                labels.link(data, b.get("c")), ((Number) b.get("n").getLiteralValue()).longValue())));
        return out;
    }
}
