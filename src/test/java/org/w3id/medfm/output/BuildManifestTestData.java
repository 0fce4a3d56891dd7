package org.w3id.medfm.output;

import java.util.List;
import java.util.Map;

/** A manifest with every field set, quotes and non-ASCII letters in its labels. */
final class BuildManifestTestData {
    private BuildManifestTestData() {
    }

    static BuildManifest sample() {
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

}
