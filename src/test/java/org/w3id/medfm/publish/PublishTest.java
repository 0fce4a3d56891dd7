package org.w3id.medfm.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medfm.cli.Main;
import org.w3id.medfm.output.Build;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.vocab.Ids;

/**
 * {@code publish} to stores nobody here wrote: a second Fuseki, and Virtuoso (HTTP Digest), each ending up with a
 * named graph holding exactly the dump's triples, what it held before replaced.
 */
class PublishTest {
    private static final Path DATA = Path.of("src/test/resources/server/data");
    private static final Path QUERIES = Path.of("src/test/resources/server/queries");
    @TempDir
    static Path tmp;
    private static Path out;
    private static Graph dump;

    @BeforeAll
    static void build() throws Exception {
        out = tmp.resolve("out");
        Build.run(new Sources(DATA, Path.of("ontology")), QUERIES, out);
        dump = RDFDataMgr.loadGraph(out.resolve("medfm.nt").toString());
    }

    @Test
    void replacesANamedGraphOfAnotherFuseki() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI(Ids.DATASET);
        Node stale = NodeFactory.createURI("urn:stale");
        Txn.executeWrite(dsg, () -> dsg.add(g, stale, stale, stale));
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", dsg, true).build().start();
        try {
            StringWriter o = new StringWriter();
            StringWriter e = new StringWriter();
            int status = Main.run(new PrintWriter(o), new PrintWriter(e), "publish", "--to",
                    "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds/data", "--chunk", "30", "--out", out.toString(),
                    "--data-dir", DATA.toString(), "--queries-dir", QUERIES.toString());
            assertEquals(Main.OK, status, e.toString());
            long requests = (dump.size() + 29) / 30;
            assertTrue(o.toString().startsWith("Published " + dump.size() + " triples to <" + Ids.DATASET + ">"),
                    o.toString());
            // chunks are cut only between subjects, so a chunk may hold a little more than 30 triples
            int sent = Integer.parseInt(o.toString().replaceAll("(?s).* in (\\d+) requests.*", "$1"));
            assertTrue(sent > 1 && sent <= requests, o.toString());
            Txn.executeRead(dsg, () -> assertTrue(dsg.getGraph(g).isIsomorphicWith(dump), "the store holds the dump"));
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void aStoreThatIsDownIsAMessageNotATrace() {
        StringWriter e = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(e), "publish", "--to",
                "http://127.0.0.1:9/ds/data", "--out", out.toString(), "--data-dir", DATA.toString(),
                "--queries-dir", QUERIES.toString());
        assertEquals(Main.BAD_INPUT, status, e.toString());
        assertTrue(e.toString().startsWith("http://127.0.0.1:9/ds/data: --to: no answer from"), e.toString());
        assertFalse(e.toString().contains("\tat "), e.toString());
    }

    @Test
    void credentialsNeverGoOnTheCommandLine() {
        StringWriter e = new StringWriter();
        assertEquals(Main.BAD_INPUT, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(e), "publish",
                "--to", "http://dba:dba@127.0.0.1:8890/sparql-graph-crud-auth", "--out", out.toString(),
                "--data-dir", DATA.toString(), "--queries-dir", QUERIES.toString()));
        assertTrue(e.toString().contains("credentials do not go in the URL"), e.toString());
    }

    /** Virtuoso, as a user runs it: the command in its own process, the credentials in its environment. */
    @Test
    void replacesANamedGraphOfVirtuoso() throws Exception {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isEmpty();
        if (!ci) {
            Assumptions.assumeTrue(Virtuoso.installed(), "virtuoso-opensource is not installed (and CI is not set)");
        }
        Path dir = Files.createDirectories(tmp.resolve("virtuoso"));
        try (Virtuoso v = Virtuoso.start(dir)) {
            Result wrong = publish(v, "not-the-password", "--chunk", "40");
            assertEquals(Main.BAD_INPUT, wrong.status(), wrong.err());
            assertTrue(wrong.err().contains("answered 401") && wrong.err().contains("MEDFM_STORE_USER"), wrong.err());
            assertFalse(wrong.err().contains("\tat ") || wrong.err().contains("not-the-password"), wrong.err());

            for (int run = 0; run < 2; run++) {
                Result r = publish(v, "dba", "--chunk", "40");
                assertEquals(Main.OK, r.status(), r.err());
                assertTrue(r.out().contains("the store holds " + dump.size() + "."), r.out());
                assertEquals(dump.size(), count(v), "run " + run + ": Virtuoso's own count of the graph");
            }
        }
    }

    private record Result(int status, String out, String err) {
    }

    private static Result publish(Virtuoso v, String password, String... more) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "publish", "--to", v.graphStore(), "--out", out.toString(),
                "--data-dir", DATA.toString(), "--queries-dir", QUERIES.toString()));
        command.addAll(List.of(more));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put(PublishOptions.USER_VARIABLE, "dba");
        env.put(PublishOptions.PASSWORD_VARIABLE, password);
        Path err = Files.createTempFile(tmp, "publish", ".err");
        Process p = pb.redirectError(err.toFile()).start();
        String o = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("publish did not finish");
        }
        return new Result(p.exitValue(), o, Files.readString(err));
    }

    private static long count(Virtuoso v) throws IOException, InterruptedException {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Ids.DATASET + "> { ?s ?p ?o } }";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(v.sparql()
                + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }
}
