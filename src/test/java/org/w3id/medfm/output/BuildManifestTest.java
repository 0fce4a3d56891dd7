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
        Summary s = new Summary(37973, 145, 267,
                List.of(new Summary.Count("https://w3id.org/medfm/id/paradigm/a", "A \"quoted\" label", 11),
                        new Summary.Count("https://w3id.org/medfm/id/paradigm/b", null, 2)),
                List.of(new Summary.Count("https://w3id.org/medfm/id/modality/text", "Text", 49)),
                List.of(new Summary.Family("llama", "LLaMA", 12)),
                List.of(new Summary.ListCount("https://w3id.org/medfm/id/list/seed", "Seed — ü", 40, 40, 0, 3)),
                List.of(new Summary.Overlap("https://w3id.org/medfm/id/list/a", "A", "https://w3id.org/medfm/id/list/b",
                        "B", 9)));
        return new BuildManifest("medfm-kg 0.1.0", "sha256:00ff", "stat:11ee", 145, 131,
                Map.of("medfm.nt", 5_956_435L, "medfm.ttl", 2_791_577L), s);
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
