package org.w3id.medfm.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.medfm.vocab.Prefixes;

/** The bundled data answers the questions the graph exists for. */
class BundledDataTest {
    static Model graph;

    @BeforeAll
    static void build() throws Exception {
        graph = new GraphBuilder(Sources.defaults()).build().model();
    }

    private static Set<String> labels(String where) {
        Set<String> out = new TreeSet<>();
        String q = Prefixes.sparqlPrologue() + "SELECT DISTINCT ?label WHERE { " + where + " ?x rdfs:label ?label }";
        try (QueryExecution qe = QueryExecution.create(q, graph)) {
            qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("label").getString()));
        }
        return out;
    }

    @Test
    void everyModelBuiltFromSamAtAnyDepth() {
        assertEquals(Set.of("MedSAM", "Medical SAM Adapter (Med-SA)", "SAMed", "SAM-Med2D", "AutoSAM"),
                labels("?x medfm:derivedFrom+ model:segment-anything ."));
    }

    @Test
    void llavaMedReachesLlamaThroughLlava() {
        Set<String> path = labels("model:llava-med medfm:derivedFrom+ ?x . ?x medfm:derivedFrom+ model:llama .");
        assertEquals(true, path.stream().anyMatch(l -> l.startsWith("LLaVA")), path.toString());
        assertEquals(Set.of("LLaMA"), labels("model:llava-med medfm:derivedFrom+ ?x . FILTER(?x = model:llama)"));
    }

    @Test
    void theSeedsFortyEntriesInFiveParadigms() {
        String q = Prefixes.sparqlPrologue() + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a medfm:Entry ; medfm:paradigm ?p }";
        try (QueryExecution qe = QueryExecution.create(q, graph)) {
            assertEquals(40, qe.execSelect().next().getLiteral("n").getInt());
        }
        assertEquals(List.of("Contrastive Learning", "General Medical MLLMs", "Mixed/Hybrid Architecture",
                "Specialized Medical MLLMs", "Visual Self-Supervised Learning"),
                List.copyOf(labels("?e a medfm:Entry ; medfm:paradigm ?x .")));
    }

    /** Issue 9: the landing page's counts per list and overlaps are those of the queries that ask the same. */
    @Test
    void theSummaryCountsEachListAndTheirOverlap() throws Exception {
        org.w3id.medfm.output.Summary summary = org.w3id.medfm.output.Summary.of(graph.getGraph(), List.of());
        List<String> rows = new java.util.ArrayList<>();
        for (org.w3id.medfm.output.Summary.ListCount l : summary.lists()) {
            rows.add(String.join(",", l.iri(), l.label(), "" + l.listed(), "" + l.entries(), "" + l.baseModels(),
                    "" + l.onlyHere()));
        }
        java.util.Collections.sort(rows);
        List<String> expected = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("queries/expected/models-per-list.csv")).subList(1, 5));
        java.util.Collections.sort(expected);
        assertEquals(expected, rows);
        List<String> overlaps = summary.overlaps().stream()
                .map(o -> o.firstLabel() + "," + o.secondLabel() + "," + o.shared()).toList();
        List<String> shared = java.nio.file.Files.readAllLines(java.nio.file.Path.of("queries/expected/lists-overlap.csv"));
        assertEquals(shared.subList(1, shared.size()), overlaps);
    }
}
