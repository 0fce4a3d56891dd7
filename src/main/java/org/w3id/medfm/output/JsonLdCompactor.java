package org.w3id.medfm.output;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;

/**
 * JSON-LD that reads as plain JSON: the graph is turned into expanded JSON-LD by Titanium (from sorted
 * N-Triples, with native booleans and numbers) and compacted with our own context, which is embedded, so that
 * nobody needs to fetch anything to read it. Jena's own JSON-LD writer ignores a custom context, hence this.
 */
public final class JsonLdCompactor {
    private final byte[] context;

    /** @param context the bytes of {@code context.jsonld} (an object with an {@code @context} member) */
    public JsonLdCompactor(byte[] context) {
        this.context = context.clone();
    }

    public byte[] compact(Graph graph) {
        try {
            byte[] nt = Serializer.ntriples(graph);
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(MediaType.N_QUADS,
                    new StringReader(new String(nt, StandardCharsets.UTF_8)))).ordered(true).nativeTypes(true).get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded),
                    JsonDocument.of(new ByteArrayInputStream(context))).ordered(true).loader(OfflineLoader.INSTANCE).get();
            return pretty(compacted);
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    static byte[] pretty(JsonStructure json) {
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter w = factory.createWriter(out, StandardCharsets.UTF_8)) {
            w.write(json);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
