package org.w3id.medfm.output;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
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
    private static final String XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean";
    private static final String XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer";
    private final byte[] context;

    /** @param context the bytes of {@code context.jsonld} (an object with an {@code @context} member) */
    public JsonLdCompactor(byte[] context) {
        this.context = context.clone();
    }

    public byte[] compact(Graph graph) {
        try {
            byte[] nt = Serializer.ntriples(graph);
            JsonArray expanded = nativeTypes(JsonLd.fromRdf(RdfDocument.of(MediaType.N_QUADS,
                    new StringReader(new String(nt, StandardCharsets.UTF_8)))).ordered(true).get());
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded),
                    JsonDocument.of(new ByteArrayInputStream(context))).ordered(true).loader(OfflineLoader.INSTANCE).get();
            return pretty(compacted);
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    /**
     * Turns xsd:boolean and xsd:integer values into JSON booleans and numbers, as the JSON-LD "use native types"
     * option does. Titanium's own option is not used: in version 1.7.0 it also drops the language tag of every
     * language-tagged string.
     */
    static JsonArray nativeTypes(JsonArray expanded) {
        JsonArrayBuilder nodes = Json.createArrayBuilder();
        for (JsonValue node : expanded) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            node.asJsonObject().forEach((key, values) -> b.add(key, key.startsWith("@") ? values : nativeValues(values)));
            nodes.add(b);
        }
        return nodes.build();
    }

    private static JsonValue nativeValues(JsonValue values) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (JsonValue v : values.asJsonArray()) {
            out.add(v instanceof JsonObject o ? nativeValue(o) : v);
        }
        return out.build();
    }

    private static JsonValue nativeValue(JsonObject value) {
        String type = value.getString("@type", "");
        String lexical = value.containsKey("@value") && value.get("@value") instanceof JsonString str ? str.getString() : null;
        if (lexical == null || value.size() != 2) {
            return value;
        }
        if (type.equals(XSD_BOOLEAN) && (lexical.equals("true") || lexical.equals("false"))) {
            return Json.createObjectBuilder().add("@value", Boolean.parseBoolean(lexical)).build();
        }
        if (type.equals(XSD_INTEGER) && lexical.matches("-?[0-9]{1,15}")) {
            return Json.createObjectBuilder().add("@value", Long.parseLong(lexical)).build();
        }
        return value;
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
