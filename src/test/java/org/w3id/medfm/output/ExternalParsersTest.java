package org.w3id.medfm.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medfm.TestData;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.Sources;

/**
 * The dumps read by parsers nobody here wrote: Python's rdflib (Turtle, N-Triples, JSON-LD) and jsonld.js, the
 * reference JSON-LD implementation, expanding the JSON-LD offline. Outside CI a missing tool skips its test; in
 * CI ({@code CI} set) the tools are installed by {@code .ci/run} and a missing one fails.
 */
class ExternalParsersTest {
    static final String PYTHON = "/usr/bin/python3";
    static final Path JS = Path.of("src/test/js");
    @TempDir
    static Path out;
    static Model graph;

    @BeforeAll
    static void build() throws Exception {
        graph = new GraphBuilder(Sources.defaults()).build().model();
        assertEquals(0, TestData.run("build", "--out", out.toString()).status());
    }

    static void requireTool(boolean present, String what) {
        if (System.getenv("CI") != null) {
            assertTrue(present, what + " is missing; .ci/run installs it");
        }
        assumeTrue(present, what + " is not installed");
    }

    record Result(int status, String out) {
    }

    static Result exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        return new Result(p.exitValue(), new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void rdflibReadsEveryDumpAsOneGraph() throws Exception {
        boolean present = Files.isExecutable(Path.of(PYTHON))
                && exec(List.of(PYTHON, "-c", "import rdflib")).status() == 0;
        requireTool(present, "python3-rdflib");
        Result r = exec(List.of(PYTHON, "src/test/python/rdflib_check.py", out.toString()));
        assertEquals("rdflib: " + graph.size() + " triples, isomorphic\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void jsonldJsExpandsTheJsonLdOfflineToTheSameGraph() throws Exception {
        requireTool(Files.isDirectory(JS.resolve("node_modules/jsonld")), "npm package jsonld (npm ci in src/test/js)");
        Result r = exec(List.of("node", JS.resolve("expand.mjs").toString(), out.resolve("medfm.jsonld").toString()));
        assertEquals(0, r.status(), r.out());
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), Lang.NQUADS);
        assertTrue(back.isIsomorphicWith(graph), "jsonld.js reads a different graph: " + back.size() + " triples");
    }
}
