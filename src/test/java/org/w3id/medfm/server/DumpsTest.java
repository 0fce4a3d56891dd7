package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dumps: stable paths, media types, validators, conditional GET, gzip; no listings, no way out. */
class DumpsTest {
    @RegisterExtension
    static final TestServer s = TestServer.perClass();

    @ParameterizedTest
    @CsvSource({"/dumps/medfm.ttl, text/turtle, Turtle", "/dumps/medfm.nt, application/n-triples, N-Triples",
        "/dumps/medfm.jsonld, application/ld+json, JSON-LD"})
    void eachDumpHoldsTheGraph(String path, String type, String lang) {
        HttpResponse<String> r = s.get(path);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
        assertTrue(r.headers().firstValue("ETag").isPresent());
        assertTrue(r.headers().firstValue("Last-Modified").isPresent());
        Lang l = org.apache.jena.riot.RDFLanguages.nameToLang(lang);
        assertTrue(SparqlProtocolTest.parse(r.body(), l).isIsomorphicWith(s.kg.model().getGraph()), path);
    }

    /**
     * The family-tree picture has one stable path, {@code /family-tree.svg} (not under {@code /dumps/}), is well-formed
     * XML in the SVG namespace, and, since an SVG file may hold scripts, gets a CSP that runs none and loads nothing.
     */
    @Test
    void theFamilyTreePictureIsServedWithAStrictPolicy() throws Exception {
        HttpResponse<byte[]> r = s.getBytes("/family-tree.svg");
        assertEquals(200, r.statusCode());
        assertEquals("image/svg+xml;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.startsWith("default-src 'none';") && !csp.contains("script-src"), csp);
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Element svg = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body())).getDocumentElement();
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals(0, svg.getElementsByTagNameNS("*", "script").getLength());
        String text = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("/id/model/segment-anything\"") && text.contains("/id/model/medsam\""), text);
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertTrue(r.headers().firstValue("Last-Modified").isPresent());
        assertEquals(304, s.get("/family-tree.svg", "If-None-Match", etag).statusCode());
        String landing = s.get("/").body();
        assertTrue(landing.contains("<img src=\"/family-tree.svg\"") && landing.contains("<a href=\"/family-tree.svg\">"),
                landing);
    }

    @Test
    void conditionalGetAnswers304() {
        HttpResponse<String> first = s.get("/dumps/medfm.ttl");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> byTag = s.get("/dumps/medfm.ttl", "If-None-Match", etag);
        assertEquals(304, byTag.statusCode());
        assertEquals("", byTag.body());
        assertEquals(304, s.get("/dumps/medfm.ttl", "If-None-Match", "\"other\", " + etag).statusCode());
        assertEquals(304, s.get("/dumps/medfm.ttl", "If-Modified-Since", modified).statusCode());
        assertEquals(200, s.get("/dumps/medfm.ttl", "If-None-Match", "\"other\"").statusCode());
        assertEquals(200, s.get("/dumps/medfm.ttl", "If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT").statusCode());
    }

    @Test
    void gzipWhenAsked() throws IOException {
        HttpResponse<byte[]> plain = s.getBytes("/dumps/medfm.nt");
        HttpResponse<byte[]> gz = s.getBytes("/dumps/medfm.nt", "Accept-Encoding", "gzip, deflate");
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(gz.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent());
        assertFalse(s.getBytes("/dumps/medfm.nt", "Accept-Encoding", "gzip;q=0").headers()
                .firstValue("Content-Encoding").isPresent());
        String gzTag = gz.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, s.getBytes("/dumps/medfm.nt", "Accept-Encoding", "gzip", "If-None-Match", gzTag).statusCode());
    }

    @Test
    void headHasTheHeadersAndNoBody() {
        HttpResponse<String> r = s.send(s.request("/dumps/medfm.ttl").method("HEAD",
                java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
        assertTrue(r.headers().firstValue("ETag").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dumps/", "/dumps", "/assets/", "/assets", "/dumps/medfm.rdf", "/dumps/void.ttl",
        "/dumps/family-tree.svg"})
    void noListingsNoOtherNames(String path) {
        HttpResponse<String> r = s.get(path);
        assertEquals(404, r.statusCode(), path);
        assertFalse(r.body().contains("medfm.ttl"), r.body());
    }

    /** Sent over a raw socket, byte for byte, so that no client library tidies the path first. */
    @ParameterizedTest
    @ValueSource(strings = {"/dumps/../pom.xml", "/dumps/%2e%2e/pom.xml", "/dumps/%2E%2E/%2E%2E/pom.xml",
        "/dumps/..%2fpom.xml", "/dumps/..%2Fpom.xml", "/dumps/%2e%2e%2fpom.xml", "/dumps/%252e%252e/pom.xml",
        "/dumps/..%252fpom.xml", "/dumps/....//pom.xml", "/dumps/..\\pom.xml", "/dumps/%5c..%5cpom.xml",
        "/dumps/medfm.ttl/../../pom.xml", "/dumps/%00../pom.xml", "/assets/../templates/landing.mustache",
        "/assets/%2e%2e/templates/landing.mustache", "/assets/..%2fcors.properties", "/assets/%2e%2e%2fcors.properties",
        "/context.jsonld/../pom.xml", "/dumps/../../../../etc/passwd", "/dumps/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/id/../pom.xml", "/id/model/..%2f..%2fpom.xml"})
    void noWayOutOfTheDumpFolder(String path) throws IOException {
        String response = raw(path);
        int status = Integer.parseInt(response.substring(9, 12));
        assertTrue(status == 400 || status == 404, path + " -> " + response.lines().findFirst().orElse(""));
        assertFalse(response.contains("<project") || response.contains("root:") || response.contains("allowedOrigins")
                || response.contains("{{"), path + " leaked a file");
        Safety.assertNoStackTrace(response);
    }

    private static String raw(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
