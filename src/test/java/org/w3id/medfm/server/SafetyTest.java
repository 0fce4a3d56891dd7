package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * No outbound requests, runaway queries cut off, errors that explain without giving the code away, nothing but
 * the documented paths. The server here has a 1 s timeout so that the cut-off is quick.
 */
class SafetyTest {
    private static final String CARTESIAN = "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r }";
    @RegisterExtension
    static final TestServer s = TestServer.perClass(TestServer.testOptions()
                .withTimeout(Duration.ofSeconds(1)));

    /** GROUP_CONCAT is the one answer Jena builds without bound: it stops at a ceiling, with a reason. */
    @Test
    void aGroupConcatPastItsCeilingIsRefusedWithAReason() {
        String fifty = "x".repeat(50_000);
        HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode("SELECT (GROUP_CONCAT(?x) AS ?all) WHERE { "
                + "?a ?b ?c . ?d ?e ?f BIND(\"" + fifty + "\" AS ?x) }"));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("GROUP_CONCAT built more than " + GroupConcatCap.MAX_CHARS), r.body());
        Safety.assertNoStackTrace(r.body());

        HttpResponse<String> ok = s.get("/sparql?query=" + Sparql.encode("SELECT (GROUP_CONCAT(DISTINCT ?x; "
                + "SEPARATOR='|') AS ?d) (GROUP_CONCAT(?x) AS ?all) (COUNT(?x) AS ?n) WHERE { VALUES ?x { 'a' 'b' 'a' } }"),
                "Accept", "text/csv");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(List.of("d,all,n", "a|b,a b a,3"), ok.body().lines().toList());
    }

    @Test
    void serviceIsRefusedAndNoRequestLeaves() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        HttpServer listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", ex -> {
            seen.incrementAndGet();
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        listener.start();
        try {
            String remote = "http://127.0.0.1:" + listener.getAddress().getPort() + "/sparql";
            List<String> queries = List.of(
                    "SELECT * WHERE { SERVICE <" + remote + "> { ?s ?p ?o } }",
                    "SELECT * WHERE { ?x ?y ?z OPTIONAL { SERVICE SILENT <" + remote + "> { ?x ?p ?o } } }",
                    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <" + remote + "> { ?s ?p ?o } } } }",
                    "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <" + remote + "> { ?s ?p ?o } } }",
                    "ASK { SERVICE <" + remote + "> { ?s ?p ?o } }",
                    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <" + remote + "> { ?s ?p ?o } }");
            for (String q : queries) {
                HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode(q));
                assertEquals(400, r.statusCode(), q + " -> " + r.body());
                assertTrue(r.body().contains("SERVICE is not allowed"), r.body());
                Safety.assertNoStackTrace(r.body());
            }
        } finally {
            listener.stop(0);
        }
        assertEquals(0, seen.get(), "the server called out");
    }

    @Test
    void aRunawayQueryIsCutOffWhileOthersAnswer() throws Exception {
        CompletableFuture<HttpResponse<String>> runaway = s.http.sendAsync(s.request("/sparql?query="
                + Sparql.encode("SELECT (COUNT(*) AS ?count) WHERE " + CARTESIAN)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> normal = s.get("/sparql?query=" + Sparql.encode(Sparql.ENTRIES),
                "Accept", "application/sparql-results+json");
        assertEquals(200, normal.statusCode());
        assertEquals(3, SparqlProtocolTest.rows(normal.body()));
        HttpResponse<String> cut = runaway.get();
        assertEquals(503, cut.statusCode(), cut.body());
        Safety.assertNoStackTrace(cut.body());
        assertEquals(200, s.get("/sparql?query=" + Sparql.encode(Sparql.ENTRIES)).statusCode());
    }

    /** A SELECT with more rows than an answer holds gets the first ones, whole, and a header that says so. */
    @Test
    void aHugeSelectIsCutToTheRowLimit() {
        HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode("SELECT * WHERE " + CARTESIAN),
                "Accept", "text/tab-separated-values");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(String.valueOf(org.w3id.medfm.query.QueryPolicy.MAX_ROWS),
                r.headers().firstValue(GuardedQuery.TRUNCATED).orElseThrow());
        assertEquals(org.w3id.medfm.query.QueryPolicy.MAX_ROWS + 1, r.body().lines().count(), "a header line, then the rows");
        assertFalse(r.body().lines().anyMatch(l -> l.startsWith("#")), "no comment lines among the rows");
    }

    /** A SELECT cut off by the timeout before its answer is whole gets 503: never a 200 with comment rows. */
    @Test
    void aTimedOutSelectIsAnErrorNotRows() {
        HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode("SELECT * WHERE " + CARTESIAN + " ORDER BY ?a"),
                "Accept", "text/csv");
        assertEquals(503, r.statusCode(), r.body());
        assertFalse(r.body().contains("cancelled") && r.body().contains("##"), r.body());
        Safety.assertNoStackTrace(r.body());
    }

    @Test
    void errorBodiesCarryNoStackTrace() {
        List<HttpResponse<String>> errors = List.of(
                s.get("/sparql?query=" + Sparql.encode("SELEC * WHERE { ?s ?p ?o }")),
                s.get("/sparql?query="),
                s.get("/no/such/page"),
                s.get("/id/model/no-such-model"),
                s.get("/id/model/medsam", "Accept", "image/png"),
                s.send(s.request("/sparql/query", "Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x"))),
                s.send(s.request("/sparql").PUT(HttpRequest.BodyPublishers.ofString("x"))),
                s.get("/sparql?query=" + Sparql.encode("SELECT * WHERE { ?s ?p ?o FILTER(<java:java.lang.System>(?o)) }")),
                s.get("/sparql?query=" + Sparql.encode("SELECT (COUNT(*) AS ?count) WHERE " + CARTESIAN)));
        for (HttpResponse<String> r : errors) {
            assertTrue(r.statusCode() >= 400 || r.body().isEmpty() || r.statusCode() == 200, r.uri() + " " + r.statusCode());
            Safety.assertNoStackTrace(r.body());
        }
        assertEquals(415, errors.get(5).statusCode());
        assertEquals(406, errors.get(4).statusCode());
    }

    @Test
    void noAdminOrUiPaths() {
        for (String p : List.of("/$/ping", "/$/stats", "/$/metrics", "/$/server", "/$/datasets", "/$/tasks",
                "/$/compact/sparql", "/$/backup/sparql", "/index.html", "/dataset.html", "/manage.html", "/#/")) {
            HttpResponse<String> r = s.get(p);
            assertFalse(r.statusCode() < 300 && !p.equals("/#/"), p + " answers " + r.statusCode());
            Safety.assertNoStackTrace(r.body());
        }
    }

    @Test
    void aPortInUseIsBadInput() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TestServer.start(
                ServerOptions.defaults().withPort(s.server.port())));
        assertTrue(e.getMessage().contains("--port") && e.getMessage().contains("cannot listen"), e.getMessage());
    }
}
