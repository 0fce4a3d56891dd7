package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.medfm.output.Build;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.w3id.medfm.pipeline.KnowledgeGraph;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.source.DataException;

/**
 * A server on a free port over the fixture data of {@code src/test/resources/server} (with a hostile title), and
 * a plain HTTP client to talk to it. The server test classes share it as a JUnit extension, which starts it before
 * the class's tests and stops it after them:
 *
 * <pre>{@code @RegisterExtension static final TestServer s = TestServer.perClass();}</pre>
 *
 * or start one with {@link #start} and close it in a finally block.
 */
final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    static final Path DATA = Path.of("src/test/resources/server/data");
    static final Path QUERIES = Path.of("src/test/resources/server/queries");
    static final Sources SOURCES = new Sources(DATA, Path.of("ontology"));
    private final ServerOptions options;
    KnowledgeGraph kg;
    Graph original;
    java.util.Map<String, Long> originalNamed;
    GraphServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(ServerOptions options) {
        this.options = options;
    }

    /** The default options of the tests: a free port, the fixture queries. */
    static ServerOptions testOptions() {
        return ServerOptions.defaults().withPort(0).withQueriesDir(QUERIES);
    }

    /** A server for one test class, started before its tests and stopped after them. */
    static TestServer perClass() {
        return perClass(testOptions());
    }

    static TestServer perClass(ServerOptions options) {
        return new TestServer(options);
    }

    static TestServer start() {
        return start(testOptions());
    }

    static TestServer start(ServerOptions options) {
        TestServer s = new TestServer(options);
        s.open();
        return s;
    }

    private void open() {
        try {
            Build.Built built = Build.run(SOURCES, options.queriesDir(), temporaryOutput());
            kg = built.built();
            server = GraphServer.start(built, SOURCES, options);
        } catch (DataException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        original = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(original, kg.model().getGraph());
        originalNamed = server.namedGraphSizes();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    URI uri(String path) {
        return URI.create(server.url() + (path.startsWith("/") ? path.substring(1) : path));
    }

    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) {
        try {
            return http.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The served data is what was built: the graph itself, and what the endpoint counts in every graph. */
    void assertUnchanged() {
        assertTrue(kg.model().getGraph().isIsomorphicWith(original), "the default graph changed");
        HttpResponse<String> r = get("/sparql?query=" + Sparql.encode(
                "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"),
                "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        long named = originalNamed.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(original.size() + named, Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip()));
        assertEquals(originalNamed, server.namedGraphSizes());
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Builds into a fresh temporary folder, deleted when the JVM ends. */
    static Path temporaryOutput() throws IOException {
        Path dir = Files.createTempDirectory("medfm-test-build");
        dir.toFile().deleteOnExit();
        return dir;
    }
}
