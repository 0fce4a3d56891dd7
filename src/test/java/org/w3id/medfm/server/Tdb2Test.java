package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medfm.cli.Main;
import org.w3id.medfm.query.ExampleQueries;

/**
 * {@code --tdb2 DIR}: a new store is bulk-loaded from the build's dump and stamped, a stamped one is served as it
 * is, read-only, and a second process asking for the same store gets exit 1 and a message.
 */
class Tdb2Test {
    /** Each named graph with its triples, as a server answers. */
    private static final String NAMED_GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
            + "GROUP BY ?g ORDER BY ?g";

    @Test
    void servesFromAPersistentStore(@TempDir Path dir) {
        ServerOptions options = ServerOptions.defaults().withPort(0).withQueriesDir(TestServer.QUERIES)
                .withTdb2(dir.resolve("tdb2"));
        String inMemory;
        try (TestServer m = TestServer.start(ServerOptions.defaults().withPort(0).withQueriesDir(TestServer.QUERIES))) {
            inMemory = m.get("/sparql?query=" + Sparql.encode(NAMED_GRAPHS), "Accept", "text/csv").body();
        }
        assertTrue(inMemory.contains(ExampleQueries.GRAPH + ",") && inMemory.contains(
                org.w3id.medfm.vocab.MedFM.ONTOLOGY + ","), inMemory);
        for (int run = 0; run < 2; run++) {
            TestServer s = TestServer.start(options);
            try {
                assertEquals(inMemory, s.get("/sparql?query=" + Sparql.encode(NAMED_GRAPHS), "Accept", "text/csv")
                        .body(), "the store's named graphs, run " + run);
                HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode(Sparql.ENTRIES),
                        "Accept", "application/sparql-results+json");
                assertEquals(3, SparqlProtocolTest.rows(r.body()), "run " + run);
                assertTrue(s.get("/id/model/medsam", "Accept", "text/html").body().contains("Built from"));
                assertEquals(200, s.get("/dumps/medfm.nt").statusCode());
                HttpResponse<String> update = s.send(s.request("/sparql", "Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <a:s> <a:p> <a:o> }")));
                assertTrue(update.statusCode() >= 400 && update.statusCode() < 500);
                s.assertUnchanged();
            } finally {
                s.close();
            }
        }
    }

    @Test
    void aSecondProcessIsToldTheStoreIsInUse(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("tdb2");
        ServerOptions options = ServerOptions.defaults().withPort(0).withQueriesDir(TestServer.QUERIES).withTdb2(store);
        try (TestServer s = TestServer.start(options)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path err = dir.resolve("err.txt");
            Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "serve", "--port", "0", "--data-dir", TestServer.DATA.toString(),
                    "--queries-dir", TestServer.QUERIES.toString(), "--out", dir.resolve("out").toString(),
                    "--tdb2", store.toString())).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the second process did not stop");
            }
            String message = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(Main.BAD_INPUT, p.exitValue(), message);
            assertTrue(message.contains(store + ": --tdb2: the TDB2 store is in use by another process (PID "
                    + ProcessHandle.current().pid() + ")"), message);
            assertFalse(message.contains("\tat ") || message.contains("Exception"), message);
            assertEquals(200, s.get("/sparql?query=" + Sparql.encode("ASK {}")).statusCode(), "the first one serves on");
        }
    }
}
