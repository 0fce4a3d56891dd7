package org.w3id.medfm.svg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medfm.TestData;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.Sources;

/**
 * Third-party eyes on the picture: headless Chromium opens the built {@code family-tree.svg} and SAM's family and
 * takes a screenshot. Skipped where Chromium is missing, unless {@code CI} is set: there, a missing Chromium is a
 * failure.
 */
class FamilyTreeChromiumTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsChromium() {
        boolean ci = System.getenv("CI") != null;
        Assumptions.assumeTrue(ci || Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + " (and CI is not set)");
    }

    @Test
    void chromiumRendersTheBuiltTree() throws Exception {
        assertEquals(0, TestData.run("build", "--out", tmp.toString()).status());
        screenshot(tmp.resolve("family-tree.svg"), tmp.resolve("tree.png"));
    }

    @Test
    void chromiumRendersSamsFamily() throws Exception {
        var graph = new GraphBuilder(Sources.defaults()).build().model().getGraph();
        Path svg = tmp.resolve("sam.svg");
        Files.writeString(svg, FamilyTreeSvg.family(graph, "segment-anything").orElseThrow());
        screenshot(svg, tmp.resolve("sam.png"));
    }

    private void screenshot(Path svg, Path png) throws IOException, InterruptedException {
        List<String> command = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + tmp.resolve("profile"), "--screenshot=" + png,
                "--window-size=1600,1200", svg.toUri().toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish within two minutes");
        assertEquals(0, p.exitValue(), () -> TestData.read(tmp.resolve("chromium.log")));
        assertTrue(Files.exists(png), "no screenshot written");
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000, "an empty screenshot: " + bytes.length + " bytes");
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, PNG_SIGNATURE.length), "not a PNG");
    }
}
