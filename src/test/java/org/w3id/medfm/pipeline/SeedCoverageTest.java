package org.w3id.medfm.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.medfm.vocab.Prefixes;

/**
 * Every row of the seed list's tables is in the graph as a {@code medfm:Entry} with its paper link: the link
 * itself, or, where the graph corrects the link, a correction whose listed value is the seed's link.
 */
class SeedCoverageTest {
    static final Path SEED = Path.of("src/test/resources/seed/awesome-medical-foundation-models.md");
    static Model graph;

    @BeforeAll
    static void build() throws Exception {
        graph = new GraphBuilder(Sources.defaults()).build().model();
    }

    /** The Paper link of each table row: the target of the fourth cell's Markdown link. */
    static List<String> seedPaperLinks() throws IOException {
        List<String> links = new ArrayList<>();
        for (String line : Files.readAllLines(SEED)) {
            String[] cells = line.split("\\|");
            if (line.startsWith("|") && cells.length > 5 && cells[1].strip().matches("\\d{4}")) {
                String paper = cells[4].strip();
                links.add(paper.substring(paper.indexOf("](") + 2, paper.lastIndexOf(')')));
            }
        }
        return links;
    }

    @Test
    void everySeedRowIsAnEntryWithItsPaper() throws IOException {
        List<String> links = seedPaperLinks();
        assertEquals(40, links.size(), "rows in the seed's tables");
        for (String link : links) {
            String q = Prefixes.sparqlPrologue() + "ASK { ?e a medfm:Entry . { ?e medfm:paper <" + link + "> } UNION "
                    + "{ ?e schema:correction ?c . ?c medfm:correctedProperty medfm:paper ; medfm:listedValue \"" + link + "\" } }";
            try (QueryExecution qe = QueryExecution.create(q, graph)) {
                assertTrue(qe.execAsk(), "no entry with the paper link " + link);
            }
        }
    }
}
