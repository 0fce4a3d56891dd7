package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medfm.cli.Main;
import org.w3id.medfm.output.Build;
import org.w3id.medfm.output.BuildManifest;
import org.w3id.medfm.pipeline.Sources;

/**
 * Issue 11: {@code serve} serves what {@code build} wrote while its manifest names the same inputs, builds again
 * when they changed, and a changed label is what the next start serves, in memory and from TDB2.
 */
class BuildOnceTest {
    @TempDir
    Path tmp;

    @Test
    void theOutputIsUsedWhileTheInputsAreTheSame() throws Exception {
        Sources sources = copyOfTheData();
        Path out = tmp.resolve("out");
        Build.Built first = Build.run(sources, TestServer.QUERIES, out);
        assertNotNull(first.built());
        BuildManifest m = BuildManifest.read(out).orElseThrow();
        assertTrue(m.inputs().startsWith("sha256:"), m.inputs());
        assertEquals(first.output().manifest(), m);
        assertEquals(Files.size(out.resolve("medfm.nt")), m.bytes().get("medfm.nt"));
        assertEquals(3, m.entries());
        assertEquals(first.built().model().size(), m.summary().triples());

        assertNull(Build.current(sources, TestServer.QUERIES, out).built(), "nothing changed: nothing is built");
        Path medsam = sources.dataDir().resolve("entries/medsam.yaml");
        Files.setLastModifiedTime(medsam, FileTime.from(Instant.now().plusSeconds(60)));
        assertNull(Build.current(sources, TestServer.QUERIES, out).built(), "touched, not changed: the content hash holds");

        Files.writeString(medsam, Files.readString(medsam).replace("label: MedSAM", "label: MedSAM 2"));
        Build.Built again = Build.current(sources, TestServer.QUERIES, out);
        assertNotNull(again.built(), "a changed file makes the output stale");
        assertNotEquals(m.inputs(), again.output().manifest().inputs());
        assertTrue(Files.readString(out.resolve("medfm.nt")).contains("\"MedSAM 2\""));
    }

    @Test
    void aChangedLabelIsServedAfterTheNextStartInMemory() throws Exception {
        aChangedLabelIsServedAfterTheNextStart(null);
    }

    @Test
    void aChangedLabelIsServedAfterTheNextStartFromTdb2() throws Exception {
        aChangedLabelIsServedAfterTheNextStart(tmp.resolve("tdb2"));
    }

    private void aChangedLabelIsServedAfterTheNextStart(Path tdb2) throws Exception {
        Sources sources = copyOfTheData();
        Path out = tmp.resolve("out");
        ServerOptions options = ServerOptions.defaults().withPort(0).withQueriesDir(TestServer.QUERIES).withTdb2(tdb2);
        assertEquals("MedSAM", labelServed(sources, out, options));
        long size = tdb2 == null ? 0 : sizeOf(tdb2);
        assertEquals("MedSAM", labelServed(sources, out, options));
        if (tdb2 != null) {
            assertEquals(size, sizeOf(tdb2), "a restart on the same build writes nothing to the store");
        }
        Path medsam = sources.dataDir().resolve("entries/medsam.yaml");
        Files.writeString(medsam, Files.readString(medsam).replace("label: MedSAM", "label: MedSAM (renamed)"));
        assertEquals("MedSAM (renamed)", labelServed(sources, out, options));
        if (tdb2 != null) {
            assertEquals(BuildManifest.read(out).orElseThrow().inputs(), Tdb2Store.stamp(tdb2).orElseThrow());
        }
    }

    /** Starts as {@code serve} does (see {@link GraphServer#serve}), asks for MedSAM's label, stops. */
    private static String labelServed(Sources sources, Path out, ServerOptions options) throws Exception {
        try (GraphServer server = GraphServer.serve(sources, out, options)) {
            HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.endpoint() + "?query=" + Sparql.encode(
                            "SELECT ?l WHERE { <https://w3id.org/medfm/id/model/medsam> "
                                    + "<http://www.w3.org/2000/01/rdf-schema#label> ?l }")))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            return r.body().lines().skip(1).findFirst().orElseThrow().strip();
        }
    }

    @Test
    void aFolderThatIsNoStoreOfOursIsRefused() throws Exception {
        Path notAStore = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(notAStore.resolve("thesis.tex"), "precious");
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--port", "0",
                "--data-dir", TestServer.DATA.toString(), "--queries-dir", TestServer.QUERIES.toString(),
                "--out", tmp.resolve("out").toString(), "--tdb2", notAStore.toString());
        assertEquals(Main.BAD_INPUT, status, err.toString());
        assertTrue(err.toString().contains("not a TDB2 store of MedFM-KG"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
        assertEquals("precious", Files.readString(notAStore.resolve("thesis.tex")));
    }

    private Sources copyOfTheData() throws IOException {
        Path data = tmp.resolve("data");
        try (Stream<Path> walk = Files.walk(TestServer.DATA)) {
            for (Path p : walk.toList()) {
                Path target = data.resolve(TestServer.DATA.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return new Sources(data, Path.of("ontology"));
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
