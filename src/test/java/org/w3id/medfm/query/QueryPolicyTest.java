package org.w3id.medfm.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one query policy (issue 12): size, depth, SERVICE anywhere, functions that load code, log lines. */
class QueryPolicyTest {
    private static final String REMOTE = "SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o }";
    private static final QueryPolicy PUBLIC = QueryPolicy.publicEndpoint("http://server/unset-base/");

    /** SERVICE in every place the syntax lets an expression or a pattern stand. */
    static Stream<String> serviceEverywhere() {
        return Stream.of(
                "SELECT * WHERE { " + REMOTE + " }",
                "SELECT * WHERE { ?x ?y ?z OPTIONAL { " + REMOTE + " } }",
                "SELECT * WHERE { { ?x ?y ?z } UNION { " + REMOTE + " } }",
                "SELECT * WHERE { ?x ?y ?z MINUS { " + REMOTE + " } }",
                "SELECT * WHERE { GRAPH ?g { " + REMOTE + " } }",
                "SELECT * WHERE { { SELECT ?s WHERE { " + REMOTE + " } } }",
                "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { " + REMOTE + " } }",
                "SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { " + REMOTE + " } }",
                "SELECT * WHERE { ?s ?p ?o BIND(EXISTS { " + REMOTE + " } AS ?b) }",
                "SELECT (EXISTS { " + REMOTE + " } AS ?b) WHERE { ?s ?p ?o }",
                "SELECT * WHERE { ?s ?p ?o } ORDER BY (EXISTS { " + REMOTE + " })",
                "SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s (EXISTS { " + REMOTE + " })",
                "SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { " + REMOTE + " })",
                "SELECT (COUNT(EXISTS { " + REMOTE + " }) AS ?n) WHERE { ?s ?p ?o }",
                "SELECT (SAMPLE(IF(NOT EXISTS { " + REMOTE + " }, 1, 2)) AS ?n) WHERE { ?s ?p ?o }",
                "SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } ORDER BY (EXISTS { " + REMOTE + " }) } }",
                "ASK { FILTER(COALESCE(1, EXISTS { " + REMOTE + " })) }",
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(EXISTS { " + REMOTE + " }) }",
                "DESCRIBE ?s WHERE { ?s ?p ?o FILTER(EXISTS { " + REMOTE + " }) }");
    }

    @ParameterizedTest
    @MethodSource("serviceEverywhere")
    void serviceIsFoundAnywhere(String text) {
        QueryRefusal r = assertThrows(QueryRefusal.class, () -> PUBLIC.parse(text), text);
        assertEquals(QueryRefusal.Reason.SERVICE, r.reason());
        assertEquals(400, r.reason().status());
    }

    @ParameterizedTest
    @MethodSource("serviceEverywhere")
    void serviceRunsLocallyWhenAllowed(String text) throws QueryRefusal {
        Query q = QueryPolicy.local(true).parse(text);
        assertFalse(PUBLIC.accepts(q));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * WHERE { ?s ?p ?o FILTER(<java:java.lang.System>(?o)) }",
        "SELECT (<java:org.apache.jena.sparql.function.library.wait>(1) AS ?x) WHERE {}",
        "PREFIX afn: <http://jena.apache.org/ARQ/function#> ASK { FILTER(afn:wait(100000)) }",
        "PREFIX afn: <http://jena.apache.org/ARQ/function#> ASK { FILTER(afn:print('x')) }",
        "PREFIX afn: <http://jena.apache.org/ARQ/function#> ASK { BIND(afn:context('arq:queryTimeout') AS ?t) }",
        "PREFIX afn: <http://jena.apache.org/ARQ/function#> ASK { FILTER(afn:eval(<java:x.Y>, 1)) }",
        "ASK { FILTER(CALL(<java:java.lang.System>, 1)) }",
        "SELECT * WHERE { ?s ?p ?o } ORDER BY (<java:java.lang.Runtime>(?s))",
        "SELECT (<java:com.example.Agg>(?o) AS ?x) WHERE { ?s ?p ?o }",
        "ASK { ?s <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?a ?b) }"})
    void functionsThatLoadCodeAreRefused(String text) {
        QueryRefusal r = assertThrows(QueryRefusal.class, () -> PUBLIC.parse(text), text);
        assertEquals(QueryRefusal.Reason.FUNCTION, r.reason(), r.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT (afn:localname(<http://x/y>) AS ?l) WHERE {}",
        "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT (fn:upper-case('a') AS ?u) WHERE {}",
        "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT (xsd:integer('1') AS ?i) WHERE {}",
        "PREFIX apf: <http://jena.apache.org/ARQ/property#> SELECT ?x WHERE { ?x apf:strSplit ('a,b' ',') }",
        "SELECT (<http://example.org/no-such-function>(1) AS ?x) WHERE {}"})
    void ordinaryFunctionsPass(String text) throws QueryRefusal {
        assertTrue(PUBLIC.accepts(PUBLIC.parse(text)));
    }

    @Test
    void aLongQueryIsRefusedBeforeParsing() {
        String text = "ASK {} #" + "x".repeat(20_000_000);
        long start = System.nanoTime();
        QueryRefusal r = assertThrows(QueryRefusal.class, () -> PUBLIC.parse(text));
        assertEquals(QueryRefusal.Reason.TOO_LARGE, r.reason());
        assertEquals(413, r.reason().status());
        assertTrue(r.getMessage().contains(String.valueOf(QueryPolicy.MAX_LENGTH)), r.getMessage());
        assertTrue(System.nanoTime() - start >= 0);
        assertEquals(QueryRefusal.Reason.TOO_LARGE, assertThrows(QueryRefusal.class,
                () -> QueryPolicy.checkText("#".repeat(QueryPolicy.MAX_LENGTH + 1))).reason());
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        for (String text : new String[] {"ASK " + "{".repeat(1000) + "}".repeat(1000),
            "ASK { FILTER(" + "(".repeat(5000) + "1" + ")".repeat(5000) + ") }",
            "ASK { FILTER(" + "1+".repeat(20_000) + "1 > 0) }",
            "ASK { " + "OPTIONAL { ?s ?p ?o ".repeat(200) + "}".repeat(200) + " }"}) {
            QueryRefusal r = assertThrows(QueryRefusal.class, () -> PUBLIC.parse(text));
            assertEquals(QueryRefusal.Reason.TOO_DEEP, r.reason(), r.getMessage());
            assertEquals(400, r.reason().status());
        }
    }

    @Test
    void bracketsInStringsIrisAndCommentsDoNotCount() throws QueryRefusal {
        String deep = "{".repeat(200);
        String text = "SELECT * WHERE { ?s ?p '" + deep + "' . ?s ?p \"\"\"" + deep + "\n\"\"\" . ?s ?p <http://x/"
                + "%7B" + "> FILTER(?s < ?p) } # " + deep + "\n";
        assertEquals(2, QueryText.depth(text));
        PUBLIC.parse(text);
    }

    @Test
    void logsGetAShortLine() {
        String log = QueryPolicy.forLog("SELECT *\nWHERE {\r\n ?s ?p ?o }\u0000 #" + "x".repeat(5_000_000));
        assertTrue(log.length() < QueryText.LOG_CHARS + 40, log.length() + "");
        assertTrue(log.startsWith("SELECT * WHERE { ?s ?p ?o } #x"), log);
        assertTrue(log.endsWith("(5000032 characters)"), log);
        assertFalse(log.contains("\n"));
    }

    @Test
    void theExampleQueriesPass() throws IOException, QueryRefusal {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                Query q = QueryPolicy.local(true).parse(Files.readString(f));
                assertEquals(f.getFileName().toString().startsWith("federated"), !PUBLIC.accepts(q), f.toString());
            }
        }
    }
}
