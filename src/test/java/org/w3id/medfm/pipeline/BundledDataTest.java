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
}
