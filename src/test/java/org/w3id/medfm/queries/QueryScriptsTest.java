package org.w3id.medfm.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medfm.TestData;

/**
 * {@code queries/sparql.sh} (curl) and {@code queries/sparql_example.py} (SPARQLWrapper) against a live SPARQL
 * server over real HTTP: a bare Fuseki on a free port serving the Turtle dump that {@code build} writes, so these
 * tests need nothing of {@code serve}. The answers must be the library's expected ones. Where curl, bash or
 * Debian's python3-sparqlwrapper (run with {@code /usr/bin/python3}) is missing the tests are skipped, except
 * when the environment variable CI is set: then they fail.
 */
class QueryScriptsTest {
    static final Path SHELL = Path.of("queries/sparql.sh");
    static final Path PYTHON_EXAMPLE = Path.of("queries/sparql_example.py");
    static final String PYTHON = "/usr/bin/python3";
    static final Path BUILT_FROM_SAM = Path.of("queries/built-from-sam.rq");

    @TempDir
    static Path dumps;
    static LocalEndpoint server;
    static String endpoint;

    @BeforeAll
    static void serveTheDump() {
        TestData.Run build = TestData.run("build", "--out", dumps.toString());
        assertEquals(0, build.status(), build.err());
        server = LocalEndpoint.serve(Map.of("medfm", LocalEndpoint.load(dumps.resolve("medfm.ttl"))));
        endpoint = server.url("medfm");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Skips a test whose tool is missing, unless in CI, where every tool must be there. */
    static void require(String tool, List<String> probe) {
        boolean present = Processes.works(probe);
        if (System.getenv("CI") != null) {
            assertTrue(present, tool + " is required when CI is set (probe: " + String.join(" ", probe) + ")");
        }
        Assumptions.assumeTrue(present, tool + " is missing; skipped outside CI");
    }

    static void requireCurl() {
        require("bash", List.of("bash", "-c", "true"));
        require("curl", List.of("curl", "--version"));
    }

    static void requireSparqlWrapper() {
        require("SPARQLWrapper for " + PYTHON, List.of(PYTHON, "-c", "import SPARQLWrapper"));
    }

    static Processes.Result shell(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", SHELL.toString()));
        command.addAll(List.of(args));
        return Processes.run(command);
    }

    static String expected(String name) throws IOException {
        return Files.readString(QueryFile.EXPECTED.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void shellScriptAnswersWithTheExpectedCsv() throws IOException {
        requireCurl();
        Processes.Result r = shell(endpoint, BUILT_FROM_SAM.toString(), "csv");
        assertEquals(0, r.status(), r.err());
        Answers.assertSameTable(expected("built-from-sam.csv"), r.out(), true, "sparql.sh csv");
    }

    @Test
    void shellScriptDefaultsToJsonResultsForASelect() {
        requireCurl();
        Processes.Result r = shell(endpoint, BUILT_FROM_SAM.toString());
        assertEquals(0, r.status(), r.err());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        assertEquals(List.of("model", "label", "via", "kind"), rs.getResultVars());
        int rows = 0;
        for (; rs.hasNext(); rs.next()) {
            rows++;
        }
        assertEquals(5, rows, "the five models built from SAM");
    }

    @Test
    void shellScriptDefaultsToTurtleForAConstruct() throws IOException {
        requireCurl();
        Processes.Result r = shell(endpoint, "queries/export-derivation-network.rq");
        assertEquals(0, r.status(), r.err());
        Answers.assertSameGraph(expected("export-derivation-network.ttl"), r.out(), "sparql.sh on a CONSTRUCT");
    }

    @Test
    void shellScriptExitsNonZeroOnAnHttpError(@TempDir Path tmp) throws IOException {
        requireCurl();
        Path broken = tmp.resolve("broken.rq");
        Files.writeString(broken, "SELECT * WHERE { ?s ?p }\n");
        Processes.Result bad = shell(endpoint, broken.toString(), "csv");
        assertEquals(1, bad.status(), "a syntax error is an HTTP 400");
        assertTrue(bad.err().startsWith("sparql.sh: HTTP 400 from " + endpoint), bad.err());
        Processes.Result missing = shell(endpoint.replace("/medfm/", "/nothing-here/"), BUILT_FROM_SAM.toString());
        assertEquals(1, missing.status(), "an unknown endpoint is an HTTP 404");
        assertTrue(missing.err().startsWith("sparql.sh: HTTP 404 from "), missing.err());
    }

    @Test
    void shellScriptPrintsItsUsage() {
        requireCurl();
        Processes.Result none = shell();
        assertEquals(2, none.status());
        assertTrue(none.err().startsWith("usage: sparql.sh ENDPOINT QUERY.rq [FORMAT]"), none.err());
        Processes.Result badFormat = shell(endpoint, BUILT_FROM_SAM.toString(), "yaml");
        assertEquals(2, badFormat.status());
        assertTrue(badFormat.err().startsWith("sparql.sh: unknown format 'yaml'"), badFormat.err());
    }

    @Test
    void pythonExampleListsTheModelsBuiltFromSam() {
        requireSparqlWrapper();
        Processes.Result r = Processes.run(List.of(PYTHON, PYTHON_EXAMPLE.toString(), endpoint));
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("model\tlabel",
                "https://w3id.org/medfm/id/model/autosam\tAutoSAM",
                "https://w3id.org/medfm/id/model/medsam\tMedSAM",
                "https://w3id.org/medfm/id/model/medical-sam-adapter\tMedical SAM Adapter (Med-SA)",
                "https://w3id.org/medfm/id/model/sam-med2d\tSAM-Med2D",
                "https://w3id.org/medfm/id/model/samed\tSAMed"), r.out().lines().toList());
    }

    @Test
    void pythonExampleRunsALibraryQuery() throws IOException {
        requireSparqlWrapper();
        Processes.Result r = Processes.run(List.of(PYTHON, PYTHON_EXAMPLE.toString(), endpoint,
                "queries/counts-by-modality-and-paradigm.rq"));
        assertEquals(0, r.status(), r.err());
        String asCsv = String.join("\n", r.out().lines().map(l -> String.join(",", l.split("\t", -1))).toList());
        Answers.assertSameTable(expected("counts-by-modality-and-paradigm.csv"), asCsv, true, "sparql_example.py");
    }

    @Test
    void pythonExampleRunsAConstruct() throws IOException {
        requireSparqlWrapper();
        Processes.Result r = Processes.run(List.of(PYTHON, PYTHON_EXAMPLE.toString(), endpoint,
                "queries/export-derivation-network.rq"));
        assertEquals(0, r.status(), r.err());
        Answers.assertSameGraph(expected("export-derivation-network.ttl"), r.out(), "sparql_example.py on a CONSTRUCT");
    }

    @Test
    void pythonExampleExitsNonZeroWhenTheEndpointFails() {
        requireSparqlWrapper();
        Processes.Result r = Processes.run(List.of(PYTHON, PYTHON_EXAMPLE.toString(),
                endpoint.replace("/medfm/", "/nothing-here/")));
        assertEquals(1, r.status(), r.out());
        assertTrue(r.err().startsWith("sparql_example.py: "), r.err());
    }

    /** The command line's own client, {@code query --endpoint}, gives the same answer as the local graph. */
    @Test
    void queryCommandAsksTheEndpoint() throws IOException {
        TestData.Run r = TestData.run("query", BUILT_FROM_SAM.toString(), "--endpoint", endpoint, "--format", "csv");
        assertEquals(0, r.status(), r.err());
        Answers.assertSameTable(expected("built-from-sam.csv"), r.out(), true, "query --endpoint");
    }
}
