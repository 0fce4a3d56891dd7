package org.w3id.medfm.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.KnowledgeGraph;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.records.Correction;
import org.w3id.medfm.records.Thing;

/**
 * Issue 5: "a SPARQL query lists every correction with its source". {@code queries/corrections.rq} on the built
 * graph gives one row per correction recorded in the data, with the same listed value, corrected value and
 * source.
 */
class CorrectionsQueryTest {
    @Test
    void theQueryListsEveryCorrectionWithItsSource() throws Exception {
        KnowledgeGraph kg = new GraphBuilder(Sources.defaults()).build();
        List<String> expected = new ArrayList<>();
        for (Thing t : kg.catalog().entries()) {
            for (Correction c : t.corrections()) {
                expected.add(row(t.label(), c.field().property().getURI(), c.listed(), c.corrected(), c.source()));
            }
        }
        assertEquals(expected.stream().sorted().toList(), run(kg.model()).stream().sorted().toList());
    }

    private static List<String> run(Model m) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(QueryFactory.read(Path.of("queries/corrections.rq").toString()), m)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows.add(row(s.getLiteral("entryLabel").getLexicalForm(), s.getResource("property").getURI(),
                        s.getLiteral("listed").getLexicalForm(), s.getLiteral("corrected").getLexicalForm(),
                        s.getLiteral("source").getLexicalForm()));
            }
        }
        return rows;
    }

    private static String row(String... cells) {
        return String.join(" | ", cells);
    }
}
