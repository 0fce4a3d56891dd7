package org.w3id.medfm.server;

import org.w3id.medfm.query.ExampleQueries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.medfm.vocab.Prefixes;

/** The SPARQL 1.1 Protocol over real HTTP: each way to send a query, each result format, the examples. */
class SparqlProtocolTest {
    @RegisterExtension
    static final TestServer s = TestServer.perClass();

    @Test
    void getWithQueryParameter() {
        HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode(Sparql.ENTRIES),
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(3, rows(r.body()));
    }

    @Test
    void postForm() {
        HttpResponse<String> r = s.send(s.request("/sparql", "Content-Type", "application/x-www-form-urlencoded",
                "Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + Sparql.encode(Sparql.ENTRIES))));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(3, rows(r.body()));
    }

    @Test
    void postSparqlQuery() {
        HttpResponse<String> r = s.send(s.request("/sparql", "Content-Type", "application/sparql-query",
                "Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(Sparql.ENTRIES)));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(3, rows(r.body()));
    }

    static Stream<Arguments> selectFormats() {
        return Stream.of(Arguments.of("application/sparql-results+json", ResultSetLang.RS_JSON),
                Arguments.of("application/sparql-results+xml", ResultSetLang.RS_XML),
                Arguments.of("text/csv", ResultSetLang.RS_CSV),
                Arguments.of("text/tab-separated-values", ResultSetLang.RS_TSV));
    }

    @ParameterizedTest
    @MethodSource("selectFormats")
    void selectResultFormats(String mediaType, Lang lang) {
        HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode(Sparql.ENTRIES), "Accept", mediaType);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(mediaType));
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), lang);
        assertEquals(3, ResultSetFactory.copyResults(rs).size());
    }

    @Test
    void askAsJson() throws Exception {
        HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode(Prefixes.sparqlPrologue()
                + "ASK { model:medsam medfm:derivedFrom model:segment-anything }"), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(new ObjectMapper().readTree(r.body()).get("boolean").asBoolean());
    }

    static Stream<Arguments> graphFormats() {
        return Stream.of(Arguments.of("text/turtle", Lang.TURTLE), Arguments.of("application/ld+json", Lang.JSONLD),
                Arguments.of("application/n-triples", Lang.NTRIPLES));
    }

    @ParameterizedTest
    @MethodSource("graphFormats")
    void constructResultFormats(String mediaType, Lang lang) {
        HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode(Sparql.CONSTRUCT), "Accept", mediaType);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(mediaType));
        assertEquals(3, parse(r.body(), lang).size());
    }

    @ParameterizedTest
    @MethodSource("graphFormats")
    void describeResultFormats(String mediaType, Lang lang) {
        HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode(
                "DESCRIBE <https://w3id.org/medfm/id/model/medsam>"), "Accept", mediaType);
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(parse(r.body(), lang).isEmpty());
    }

    /**
     * A POST of another media type (an update among them) is 415 with the types taken; its body is refused unread, so
     * the answer says the connection ends, and the client's next request (on a new connection) is answered.
     */
    @Test
    void aPostWithoutAQueryMediaTypeIs415AndEndsItsConnection() {
        for (String type : new String[] {null, "text/plain", "application/json", "application/sparql-update",
            "application/sparql-update; charset=UTF-16"}) {
            HttpRequest.Builder b = s.request("/sparql").POST(HttpRequest.BodyPublishers.ofString(
                    type != null && type.startsWith("application/sparql-update") ? "INSERT DATA { <a:s> <a:p> <a:o> }"
                            : "ASK {}"));
            if (type != null) {
                b.header("Content-Type", type);
            }
            HttpResponse<String> r = s.send(b);
            assertEquals(415, r.statusCode(), type);
            assertTrue(r.body().contains("application/sparql-query"), r.body());
            assertEquals(type != null && type.startsWith("application/sparql-update"),
                    r.body().contains("read-only: SPARQL Update is refused"), r.body());
            assertEquals("close", r.headers().firstValue("Connection").orElse(""), type);
            assertEquals("application/sparql-query, application/x-www-form-urlencoded",
                    r.headers().firstValue("Accept-Post").orElse(""));
            Safety.assertNoStackTrace(r.body());
            HttpResponse<String> next = s.send(s.request("/sparql", "Content-Type",
                    "application/sparql-query;charset=utf-8").POST(HttpRequest.BodyPublishers.ofString("ASK {}")));
            assertEquals(200, next.statusCode(), next.body());
        }
    }

    @Test
    void badQueryGets400WithTheParsersMessage() {
        HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode("SELECT ?x WHERE { ?x ?y }"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered") || r.body().contains("error"), r.body());
        Safety.assertNoStackTrace(r.body());
    }

    @Test
    void exampleQueriesAreDiscoverableBySparql() throws Exception {
        String q = "PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX schema: <http://schema.org/>\n"
                + "SELECT ?q ?label ?comment ?text ?target WHERE { GRAPH <" + ExampleQueries.GRAPH + "> {"
                + " ?q a sh:SPARQLExecutable ; rdfs:label ?label ; rdfs:comment ?comment ;"
                + " sh:select|sh:construct|sh:ask|sh:describe ?text OPTIONAL { ?q schema:target ?target } } } ORDER BY ?q";
        HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode(q), "Accept", "application/sparql-results+json");
        JsonNode rows = new ObjectMapper().readTree(r.body()).get("results").get("bindings");
        long files;
        try (Stream<Path> list = Files.list(TestServer.QUERIES)) {
            files = list.filter(p -> p.toString().endsWith(".rq")).count();
        }
        assertEquals(files, rows.size(), r.body());
        for (JsonNode row : rows) {
            HttpResponse<String> run = s.send(s.request("/sparql", "Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(row.get("text").get("value").asText())));
            boolean runsHere = row.has("target");
            assertEquals(runsHere ? 200 : 400, run.statusCode(), row.get("q") + ": " + run.body());
            if (runsHere) {
                assertEquals(GraphServer.ENDPOINT_PATH.substring(1), row.get("target").get("value").asText()
                        .replace("https://w3id.org/medfm/", ""));
            }
        }
        JsonNode byYear = rows.get(1);
        assertEquals("https://w3id.org/medfm/queries/entries-by-year", byYear.get("q").get("value").asText());
        assertEquals("Which entries does the list hold, and from which year?", byYear.get("label").get("value").asText());
        assertEquals("Lists every entry with its label and year, oldest first.", byYear.get("comment").get("value").asText());
        String landing = s.get("/").body();
        assertTrue(landing.contains("data-example=\"entries-by-year\""));
        assertFalse(landing.contains("data-example=\"federated-labels\""), "a federated query cannot run here");
    }

    @Test
    void resultsAreGzippedWhenAsked() throws Exception {
        HttpResponse<byte[]> r = s.getBytes("/sparql?query=" + Sparql.encode("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"),
                "Accept", "application/n-triples", "Accept-Encoding", "gzip");
        assertEquals(200, r.statusCode());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElseThrow());
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            String nt = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(parse(nt, Lang.NTRIPLES).isIsomorphicWith(s.kg.model().getGraph()));
        }
    }

    @Test
    void theDefaultGraphHoldsExactlyTheDumpTriples() {
        HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                "Accept", "text/csv");
        assertEquals(String.valueOf(s.kg.model().size()), r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void serviceDescriptionAtTheEndpoint() {
        HttpResponse<String> r = s.get("/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        Graph sd = parse(r.body(), Lang.TURTLE);
        String endpoint = s.server.endpoint();
        String ask = "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#> PREFIX void: <http://rdfs.org/ns/void#>"
                + " ASK { <" + endpoint + "> a sd:Service ; sd:endpoint <" + endpoint + "> ;"
                + " sd:supportedLanguage sd:SPARQL11Query ;"
                + " sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON> ;"
                + " sd:defaultDataset [ sd:defaultGraph [ void:triples " + s.kg.model().size() + " ] ;"
                + " sd:namedGraph [ sd:name <" + ExampleQueries.GRAPH + "> ] ] }";
        assertTrue(org.apache.jena.sparql.exec.QueryExec.graph(sd).query(ask).ask(), r.body());
    }

    @Test
    void aBrowserOnTheBareEndpointIsSentToTheEditor() {
        HttpResponse<String> r = s.get("/sparql", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, r.statusCode());
        assertEquals("/#query", r.headers().firstValue("Location").orElseThrow());
    }

    static int rows(String json) {
        try {
            return new ObjectMapper().readTree(json).get("results").get("bindings").size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }
}
