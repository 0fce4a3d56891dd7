package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CORS: GET and POST from any origin, never with credentials, on the endpoint and on every other path. */
class CorsTest {
    private static final String ORIGIN = "https://app.example.org";
    @RegisterExtension
    static final TestServer s = TestServer.perClass();

    @ParameterizedTest
    @ValueSource(strings = {"/sparql", "/id/model/medsam", "/dumps/medfm.ttl", "/.well-known/void"})
    void preflight(String path) {
        HttpResponse<String> r = s.send(s.request(path, "Origin", ORIGIN, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type,accept")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, path + " " + r.statusCode());
        String origin = r.headers().firstValue("Access-Control-Allow-Origin").orElseThrow();
        assertTrue(origin.equals("*") || origin.equals(ORIGIN), origin);
        String methods = r.headers().firstValue("Access-Control-Allow-Methods").orElseThrow();
        assertTrue(methods.contains("GET") && methods.contains("POST"), methods);
        String headers = r.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase();
        assertTrue(headers.contains("content-type") && headers.contains("accept"), headers);
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sparql?query=ASK%7B%7D", "/id/model/medsam", "/dumps/medfm.ttl"})
    void simpleRequests(String path) {
        HttpResponse<String> r = s.get(path, "Origin", ORIGIN);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sparql"})
    void postFromAnotherOrigin(String path) {
        HttpResponse<String> r = s.send(s.request(path, "Origin", ORIGIN, "Content-Type", "application/sparql-query",
                "Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(Sparql.ENTRIES)));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }
}
