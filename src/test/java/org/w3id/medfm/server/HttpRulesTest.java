package org.w3id.medfm.server;

import org.w3id.medfm.query.ExampleQueries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.medfm.vocab.Ids;

/** HTTP done right (issue 12): client errors, headers kept on errors, RFC 9110 negotiation, HEAD, our IRIs. */
class HttpRulesTest {
    private static final String ORIGIN = "https://app.example.org";
    @RegisterExtension
    static final TestServer s = TestServer.perClass();

    @Test
    void aBadPercentEncodingIsAClientError() {
        for (String path : List.of("/id/model/medsam?format=%zz", "/sparql?query=%zz", "/ontology?format=%zz",
                "/dumps/medfm.ttl?x=%", "/.well-known/void?format=%zz", "/queries/x?a=%G1")) {
            String reply = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(reply.startsWith("HTTP/1.1 400"), path + " " + reply);
            Safety.assertNoStackTrace(reply.substring(reply.indexOf("\r\n\r\n")));
        }
    }

    /** What the server answers to {@code request} sent as is, for requests Java's HTTP client will not send. */
    private static String raw(String request) {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), s.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void errorsKeepAllowCorsAndVary() {
        HttpResponse<String> put = s.send(s.request("/id/model/medsam", "Origin", ORIGIN)
                .PUT(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(405, put.statusCode());
        assertTrue(put.headers().firstValue("Allow").orElse("").contains("GET"), put.headers().map().toString());
        assertTrue(put.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        HttpResponse<String> endpointPut = s.send(s.request("/sparql", "Origin", ORIGIN)
                .PUT(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(405, endpointPut.statusCode());
        assertTrue(endpointPut.headers().firstValue("Allow").orElse("").contains("POST"));
        assertTrue(endpointPut.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        HttpResponse<String> missing = s.get("/id/model/no-such-model", "Origin", ORIGIN);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        HttpResponse<String> unacceptable = s.get("/id/model/medsam", "Origin", ORIGIN, "Accept", "image/png");
        assertEquals(406, unacceptable.statusCode());
        assertTrue(unacceptable.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        assertTrue(unacceptable.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/turtle;q=0 | 406 |",
        "text/turtle;q=0, */*;q=0.1 | 200 | text/html",
        "TEXT/HTML | 200 | text/html",
        "Application/LD+JSON | 200 | application/ld+json",
        "text/*;q=0.5, text/turtle;q=0 | 200 | text/html",
        "application/n-triples;q=0.9, text/turtle;q=0.8 | 200 | application/n-triples",
        "*/*;q=0 | 406 |",
        "text/turtle;q=abc | 200 | text/turtle"})
    void negotiationFollowsRfc9110(String accept, int status, String type) {
        HttpResponse<String> r = s.get("/id/model/medsam", "Accept", accept);
        assertEquals(status, r.statusCode(), accept);
        if (type != null) {
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type), accept);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TEXT/CSV | 200 | text/csv",
        "text/csv;q=0, application/sparql-results+json | 200 | application/sparql-results+json",
        "image/png | 406 |",
        "application/sparql-results+xml;q=0 | 406 |"})
    void theEndpointNegotiatesAlike(String accept, int status, String type) {
        HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode(Sparql.ENTRIES), "Accept", accept);
        assertEquals(status, r.statusCode(), accept + " " + r.body());
        if (type != null) {
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type), accept);
        }
    }

    @Test
    void headWhereverGetWorks() {
        for (String path : List.of("/sparql?query=" + Sparql.encode(Sparql.ENTRIES), "/sparql", "/",
                "/id/model/medsam", "/ontology", "/.well-known/void", "/dataset", "/queries/entries-by-year",
                "/dumps/medfm.ttl", "/context.jsonld")) {
            HttpResponse<String> get = s.get(path, "Accept", "text/csv, text/turtle;q=0.5");
            HttpResponse<String> head = s.send(s.request(path, "Accept", "text/csv, text/turtle;q=0.5")
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertEquals(get.statusCode(), head.statusCode(), path);
            assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
            assertTrue(head.body().isEmpty(), path);
        }
    }

    @Test
    void everyIriTheServerPublishesDereferences() {
        Set<String> iris = new TreeSet<>();
        for (String path : List.of("/.well-known/void", "/sparql", "/queries")) {
            HttpResponse<String> r = s.get(path, "Accept", "text/turtle");
            assertEquals(200, r.statusCode(), path);
            Graph g = SparqlProtocolTest.parse(r.body(), Lang.TURTLE);
            g.find().forEachRemaining(t -> {
                for (Node n : List.of(t.getSubject(), t.getObject())) {
                    if (n.isURI() && n.getURI().startsWith(Ids.BASE)) {
                        iris.add(n.getURI().replaceFirst("#.*", ""));
                    }
                }
            });
        }
        assertTrue(iris.contains(Ids.DATASET), iris.toString());
        assertTrue(iris.contains(ExampleQueries.GRAPH + "/entries-by-year"), iris.toString());
        List<String> broken = new ArrayList<>();
        for (String iri : iris) {
            String path = "/" + iri.substring(Ids.BASE.length());
            HttpResponse<String> r = s.get(path, "Accept", "text/turtle");
            if (r.statusCode() != 200) {
                broken.add(iri + " -> " + r.statusCode());
            }
        }
        assertTrue(broken.isEmpty(), broken.toString());
        HttpResponse<String> text = s.get("/queries/entries-by-year", "Accept", "application/sparql-query");
        assertTrue(text.body().contains("SELECT"), text.body());
        HttpResponse<String> browser = s.get("/queries/entries-by-year", "Accept", "text/html");
        assertEquals(303, browser.statusCode());
        assertEquals(404, s.get("/queries/no-such-query").statusCode());
        assertFalse(s.get("/dataset").body().isEmpty());
    }
}
