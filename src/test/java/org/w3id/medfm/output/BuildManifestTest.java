package org.w3id.medfm.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest as {@code serve} reads it (token by token) is the manifest {@code build} wrote (by reflection). */
class BuildManifestTest {
    @TempDir
    Path dir;

    private static BuildManifest sample() {
        return BuildManifestTestData.sample();
    }

    @Test
    void whatBuildWritesIsReadBackWhole() throws IOException {
        BuildManifest written = sample();
        Files.write(dir.resolve(BuildManifest.FILE), written.toJson());
        assertEquals(present(written), BuildManifest.read(dir));
    }

    @Test
    void anEmptySummaryListAndUnknownFieldsAreRead() throws IOException {
        BuildManifest m = sample();
        String json = new String(m.toJson(), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{ \"later\" : { \"x\" : [ 1.5, true, null ] },");
        Files.writeString(dir.resolve(BuildManifest.FILE), json);
        assertEquals(present(m), BuildManifest.read(dir));
    }

    @Test
    void aManifestOfAnotherShapeCountsAsNone() throws IOException {
        String good = new String(sample().toJson(), StandardCharsets.UTF_8);
        for (String bad : List.of("", "[]", "{", "not json", good.replace("\"triples\" : 37973", "\"triples\" : \"many\""),
                good.replace("\"inputs\" : \"sha256:00ff\",", ""), good.replaceFirst("\"summary\" : \\{", "\"summary\" : [ {"),
                good.replace("\"entries\" : 145,\n  \"baseModels\"", "\"baseModels\""))) {
            Files.writeString(dir.resolve(BuildManifest.FILE), bad);
            assertTrue(BuildManifest.read(dir).isEmpty(), bad);
        }
    }

    private static java.util.Optional<BuildManifest> present(BuildManifest m) {
        return java.util.Optional.of(m);
    }
}
