package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medfm.bench.SyntheticCatalog;
import org.w3id.medfm.output.Build;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.svg.FamilyTree;

/**
 * Issue 11: pages stay small however large the graph. Over a synthetic catalogue of 520 entries (more models than
 * one picture shows): the landing page links each base model's family picture, which the server has from the build,
 * and the whole picture says how much it leaves out.
 */
class LargeGraphPagesTest {
    @TempDir
    static Path tmp;
    private static GraphServer server;
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Sources sources = new Sources(SyntheticCatalog.write(Path.of("data"), tmp.resolve("data"), 520),
                Path.of("ontology"));
        Build.Built built = Build.run(sources, TestServer.QUERIES, tmp.resolve("out"));
        server = GraphServer.start(built, sources, ServerOptions.defaults().withPort(0)
                .withQueriesDir(TestServer.QUERIES));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + path.substring(1)))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLandingPageLinksEachFamilysPicture() throws Exception {
        String landing = get("/").body();
        Matcher m = Pattern.compile("<a href=\"(/families/[a-z0-9-]+\\.svg)\">").matcher(landing);
        int families = 0;
        while (m.find()) {
            families++;
            HttpResponse<String> svg = get(m.group(1));
            assertEquals(200, svg.statusCode(), m.group(1));
            assertTrue(svg.body().startsWith("<svg"), m.group(1));
        }
        assertTrue(families > 5, landing);
        assertTrue(landing.contains("<a href=\"/families/clip.svg\">CLIP</a>"), landing);
        assertEquals(404, get("/families/not-a-family.svg").statusCode());
        String whole = get("/family-tree.svg").body();
        assertTrue(whole.contains("(" + FamilyTree.MAX_DRAWN + " of "), whole.substring(0, 800));
    }
}
