package org.w3id.medfm.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medfm.TestData;

/** The commands as a user runs them, in-process: exit statuses, outputs, and what a failure leaves behind. */
class CommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void buildWritesEveryOutput() throws IOException {
        Path out = tmp.resolve("out");
        TestData.Run run = TestData.run("build", "--data-dir", TestData.BASE.toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        for (String name : new String[] {"medfm.ttl", "medfm.nt", "medfm.jsonld", "context.jsonld", "void.ttl"}) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(out.resolve(name))), name + " is readable by everyone");
        }
        assertTrue(run.out().startsWith("Built 257 triples from 1 entries and 1 base models."), run.out());
    }

    @Test
    void failedBuildLeavesEarlierOutputsUntouched() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, TestData.run("build", "--data-dir", TestData.BASE.toString(), "--out", out.toString()).status());
        Map<String, byte[]> before = snapshot(out);
        Path broken = TestData.prepare(tmp, TestData.CASES.resolve("bad/year-out-of-range"));
        TestData.Run run = TestData.run("build", "--data-dir", broken.toString(), "--out", out.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith(broken.resolve("entries/biomedclip.yaml") + ":4: year: 2203 is out of range"),
                run.err());
        assertEquals(before.keySet(), snapshot(out).keySet(), "no file added or removed, no temporary file left");
        snapshot(out).forEach((name, bytes) -> assertArrayEquals(before.get(name), bytes, name));
    }

    /** The example queries are inputs of the build: bad ones are bad input, each with its line, and nothing is written. */
    @Test
    void badExampleQueriesFailTheBuildAllAtOnce() throws IOException {
        Path out = tmp.resolve("out");
        Path queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("good.rq"), "SELECT * WHERE { ?s ?p ?o }\n");
        assertEquals(0, TestData.run("build", "--data-dir", TestData.BASE.toString(), "--queries-dir", queries.toString(),
                "--out", out.toString()).status());
        Map<String, byte[]> before = snapshot(out);
        Files.writeString(queries.resolve("a-bad.rq"), "# A question\nSELECT ?x\nWHERE { ?x ?y }\n");
        Files.writeString(queries.resolve("b-bad.rq"), "SELECT * WHERE { ?s ?p ?o \n");
        TestData.Run run = TestData.run("build", "--data-dir", TestData.BASE.toString(), "--queries-dir",
                queries.toString(), "--out", out.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith(queries.resolve("a-bad.rq") + ":3: query: "), run.err());
        assertTrue(run.err().contains("\n" + queries.resolve("b-bad.rq") + ":"), run.err());
        assertTrue(!run.err().contains("\tat "), "no stack trace");
        snapshot(out).forEach((name, bytes) -> assertArrayEquals(before.get(name), bytes, name));
        assertEquals(before.keySet(), snapshot(out).keySet());
    }

    /** So is the ontology the server publishes: not Turtle is bad input, with its line, before anything is written. */
    @Test
    void anOntologyThatIsNotTurtleFailsTheBuild() throws IOException {
        Path ontology = Files.createDirectories(tmp.resolve("ontology"));
        for (String f : new String[] {"medfm.ttl", "shapes.ttl", "context.jsonld"}) {
            Files.copy(Path.of("ontology", f), ontology.resolve(f));
        }
        Files.writeString(ontology.resolve("medfm.ttl"), "\nthis is not Turtle .\n", java.nio.file.StandardOpenOption.APPEND);
        long lines = Files.readAllLines(ontology.resolve("medfm.ttl")).size();
        Path out = tmp.resolve("out");
        TestData.Run run = TestData.run("build", "--data-dir", TestData.BASE.toString(), "--ontology-dir",
                ontology.toString(), "--out", out.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith(ontology.resolve("medfm.ttl") + ":" + lines + ": not valid Turtle: "), run.err());
        assertTrue(!Files.exists(out), "nothing written");
    }

    @Test
    void validateWritesNothingAndSaysSo() {
        TestData.Run run = TestData.run("validate", "--data-dir", TestData.BASE.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("The data is valid: 1 entries, 1 base models, 257 triples.\n", run.out());
    }

    @Test
    void queryPrintsCsv() throws IOException {
        Path q = tmp.resolve("q.rq");
        Files.writeString(q, "PREFIX medfm: <https://w3id.org/medfm/ontology#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?label WHERE { ?m medfm:derivedFrom+ <https://w3id.org/medfm/id/model/segment-anything> ; rdfs:label ?label }");
        TestData.Run run = TestData.run("query", q.toString(), "--data-dir", TestData.BASE.toString(), "--format", "csv");
        assertEquals(0, run.status(), run.err());
        assertEquals("label\r\nMedSAM\r\n", run.out());
    }

    @Test
    void queryJoinsExtraData() throws IOException {
        Path extra = tmp.resolve("extra.ttl");
        Files.writeString(extra, "<http://id.nlm.nih.gov/mesh/D010336> <http://www.w3.org/2000/01/rdf-schema#label> \"Pathology\"@en .\n");
        Path q = tmp.resolve("q.rq");
        Files.writeString(q, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?mesh WHERE { ?c skos:closeMatch ?d . ?d rdfs:label ?mesh }");
        TestData.Run run = TestData.run("query", q.toString(), "--data-dir", TestData.BASE.toString(),
                "--data", extra.toString(), "--format", "tsv");
        assertEquals(0, run.status(), run.err());
        assertEquals("?mesh\n\"Pathology\"@en\n", run.out());
    }

    @Test
    void jsonLdWithARemoteContextIsNeverFetched() throws Exception {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer listener = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        listener.start();
        try {
            Path extra = tmp.resolve("remote.jsonld");
            Files.writeString(extra, "{\"@context\": \"http://127.0.0.1:" + listener.getAddress().getPort()
                    + "/context.jsonld\", \"@id\": \"http://example.org/x\", \"name\": \"x\"}");
            Path q = tmp.resolve("q.rq");
            Files.writeString(q, "ASK { ?s ?p ?o }");
            TestData.Run run = TestData.run("query", q.toString(), "--data-dir", TestData.BASE.toString(),
                    "--data", extra.toString());
            assertEquals(1, run.status(), run.out());
            assertTrue(run.err().startsWith(extra + ": not valid JSON-LD"), run.err());
            assertEquals(0, requests.get(), "no request may reach the context's host");
        } finally {
            listener.stop(0);
        }
    }

    @Test
    void serviceIsRefusedWithoutTheFlag() throws IOException {
        Path q = tmp.resolve("fed.rq");
        Files.writeString(q, "SELECT * WHERE {\n  SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o }\n}\n");
        TestData.Run run = TestData.run("query", q.toString(), "--data-dir", TestData.BASE.toString());
        assertEquals(1, run.status());
        assertEquals(q + ": SERVICE: the query calls a remote endpoint; federated queries run only with --allow-service\n"
                + "1 problem in the input\n", run.err());
    }

    @Test
    void aBadQueryIsBadInputWithItsLine() throws IOException {
        Path q = tmp.resolve("bad.rq");
        Files.writeString(q, "SELECT ?x\nWHERE { ?x ?y }\n");
        TestData.Run run = TestData.run("query", q.toString(), "--data-dir", TestData.BASE.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith(q + ":2: query: "), run.err());
        assertTrue(!run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void unknownOptionIsBadInput() {
        TestData.Run run = TestData.run("build", "--outt", "x");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("Unknown options: '--outt', 'x'"), run.err());
    }

    @Test
    void helpListsTheCommands() {
        TestData.Run run = TestData.run("--help");
        assertEquals(0, run.status());
        for (String c : new String[] {"build", "validate", "query"}) {
            assertTrue(run.out().contains(c), c);
        }
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> m = new HashMap<>();
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }
}
