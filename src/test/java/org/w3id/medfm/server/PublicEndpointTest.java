package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.medfm.query.QueryPolicy;

/** Issue 12's reproductions, each now answered as it should be, over real HTTP. */
class PublicEndpointTest {
    @RegisterExtension
    static final TestServer s = TestServer.perClass(TestServer.testOptions().withTimeout(Duration.ofSeconds(2)));

    private static HttpResponse<String> post(String query) {
        return s.send(s.request("/sparql", "Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
    }

    @Test
    void twentyMegabytesOfQueryGet413BeforeParsing() {
        HttpResponse<String> r = post("ASK {} #" + "x".repeat(20_000_000));
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains(String.valueOf(QueryPolicy.MAX_LENGTH)), r.body());
        HttpResponse<String> form = s.send(s.request("/sparql", "Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + Sparql.encode("ASK {} #" + "x".repeat(200_000)))));
        assertEquals(413, form.statusCode(), form.body());
        Safety.assertNoStackTrace(form.body());
    }

    @Test
    void aThousandNestedGroupsGet400NotAStackOverflow() {
        HttpResponse<String> r = post("ASK " + "{".repeat(1000) + "}".repeat(1000));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("nests"), r.body());
        Safety.assertNoStackTrace(r.body());
        assertEquals(400, post("ASK { FILTER(" + "1+".repeat(10_000) + "1 > 0) }").statusCode());
        assertEquals(200, post("ASK " + "{".repeat(QueryPolicy.MAX_DEPTH) + "}".repeat(QueryPolicy.MAX_DEPTH))
                .statusCode());
    }

    @Test
    void serviceAnywhereIsRefusedBeforeItRuns() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        HttpServer listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", ex -> {
            seen.incrementAndGet();
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        listener.start();
        try {
            String remote = "SERVICE SILENT <http://127.0.0.1:" + listener.getAddress().getPort() + "/sparql> { ?s ?p ?o }";
            for (String q : List.of(
                    "SELECT * WHERE { ?s ?p ?o } ORDER BY (EXISTS { " + remote + " })",
                    "SELECT (COUNT(EXISTS { " + remote + " }) AS ?n) WHERE { ?s ?p ?o }",
                    "SELECT (EXISTS { " + remote + " } AS ?x) WHERE { ?s ?p ?o }",
                    "SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s HAVING (NOT EXISTS { " + remote + " })")) {
                HttpResponse<String> r = post(q);
                assertEquals(400, r.statusCode(), q + " -> " + r.body());
                assertTrue(r.body().contains("SERVICE is not allowed"), r.body());
            }
        } finally {
            listener.stop(0);
        }
        assertEquals(0, seen.get(), "the server called out");
    }

    @Test
    void javaFunctionsAreRefused() {
        for (String q : List.of("SELECT * WHERE { ?s ?p ?o FILTER(<java:java.lang.System>(?o)) }",
                "ASK { ?s <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?a ?b) }",
                "PREFIX afn: <http://jena.apache.org/ARQ/function#> ASK { FILTER(afn:wait(60000)) }")) {
            HttpResponse<String> r = post(q);
            assertEquals(400, r.statusCode(), q + " -> " + r.body());
            assertTrue(r.body().contains("not allowed"), r.body());
        }
    }
}
