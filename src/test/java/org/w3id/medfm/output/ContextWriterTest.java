package org.w3id.medfm.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.Sources;

/**
 * Issue 11: the streaming JSON-LD writer gives, node for node, what Titanium's JSON-LD 1.1 compaction of the
 * bundled graph with our context gives (Titanium is the reference; the writer is what scales).
 */
class ContextWriterTest {
    @Test
    void writesWhatTitaniumsCompactionGives() throws Exception {
        byte[] context = Files.readAllBytes(Path.of("ontology/context.jsonld"));
        List<Map.Entry<String, Triple>> sorted = Serializer.sorted(new GraphBuilder(Sources.defaults()).build()
                .model().getGraph());
        JsonLdCompactor compactor = new JsonLdCompactor(context);
        assertTrue(new ContextWriter(context).supports(), "our context is one the writer can express");
        JsonObject ours = read(compactor.compact(sorted));
        JsonObject titanium = read(compactor.byTitanium(sorted));
        assertEquals(titanium.get("@context"), ours.get("@context"));
        Set<JsonValue> expected = new HashSet<>(titanium.getJsonArray("@graph"));
        Set<JsonValue> actual = new HashSet<>(ours.getJsonArray("@graph"));
        Set<JsonValue> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<JsonValue> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "Titanium has, the writer not: "
                + missing.stream().limit(3).toList() + "\nthe writer has, Titanium not: " + extra.stream().limit(3).toList());
        assertEquals(titanium.getJsonArray("@graph").size(), ours.getJsonArray("@graph").size());
    }

    private static JsonObject read(byte[] json) {
        return Json.createReader(new ByteArrayInputStream(json)).readObject();
    }
}
