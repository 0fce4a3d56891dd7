package org.w3id.medfm.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medfm.TestData;

/**
 * {@code query} calls no remote endpoint unless told to: a SERVICE clause anywhere in the query, even inside a
 * subquery or a FILTER EXISTS, is bad input (exit 1, nothing printed on stdout) without {@code --allow-service}.
 * No network is needed: the refusal comes before any request. Regression (issue 4): the check walked the syntax
 * tree, which does not enter subqueries or EXISTS; a SERVICE there was stopped only by Jena at run time, as an
 * internal error (exit 2, stack trace) in a subquery and silently (exit 0, no rows) in a FILTER NOT EXISTS.
 */
class ServiceFlagTest {
    static final String REFUSAL = ": SERVICE: the query calls a remote endpoint; federated queries run only with "
            + "--allow-service";

    @TempDir
    Path tmp;

    @Test
    void refusesTheFederatedExampleWithoutTheFlag() {
        Path file = Path.of("queries/federated-wikidata-developers.rq");
        TestData.Run r = TestData.run("query", file.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals(file + REFUSAL, r.err().lines().findFirst().orElse(""));
    }

    @Test
    void refusesAServiceInsideASubquery() throws IOException {
        assertRefused("SELECT * WHERE { { SELECT ?s WHERE { SERVICE <https://query.wikidata.org/sparql> "
                + "{ ?s ?p ?o } } LIMIT 1 } }");
    }

    @Test
    void refusesAServiceInsideFilterExists() throws IOException {
        assertRefused("SELECT * WHERE { ?s a ?t FILTER NOT EXISTS { SERVICE <https://query.wikidata.org/sparql> "
                + "{ ?s ?p ?o } } }");
    }

    private void assertRefused(String query) throws IOException {
        Path file = tmp.resolve("hidden-service.rq");
        Files.writeString(file, query);
        TestData.Run r = TestData.run("query", file.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals(file + REFUSAL, r.err().lines().findFirst().orElse(""));
    }
}
