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
import jakarta.json.stream.JsonGeneratorFactory;
import java.util.List;
import org.apache.jena.graph.Triple;
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
    /** Triples per batch: large enough that the bundled graph is one batch, small enough to stay cheap. */
    private static final int BATCH = 50_000;
    private final byte[] context;

    /** @param context the bytes of {@code context.jsonld} (an object with an {@code @context} member) */
    public JsonLdCompactor(byte[] context) {
        this.context = context.clone();
    }

    public byte[] compact(Graph graph) {
        return compact(Serializer.sorted(graph));
    }

    /**
     * The document for {@link Serializer#sorted} triples: written node by node by {@link ContextWriter} when it can
     * express the context (ours it can), which is what JSON-LD compaction gives at a small part of Titanium's
     * cost; else compacted by Titanium a batch of subjects at a time, each batch's nodes streamed into one
     * {@code @graph} in subject order, then the context.
     */
    public byte[] compact(List<Map.Entry<String, Triple>> sorted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sorted.size() * 80);
        compact(sorted, out);
        return out.toByteArray();
    }

    /** {@link #compact(List)} to {@code out}. */
    public void compact(List<Map.Entry<String, Triple>> sorted, java.io.OutputStream out) {
        try {
            ContextWriter writer = new ContextWriter(context);
            if (writer.supports()) {
                writer.write(sorted, out);
                out.write('\n');
            } else {
                out.write(byTitanium(sorted));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The general way, for a context {@link ContextWriter} cannot express: Titanium, a batch at a time. */
    byte[] byTitanium(List<Map.Entry<String, Triple>> sorted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sorted.size() * 80);
        JsonGeneratorFactory factory = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        JsonValue contextValue = null;
        try (JsonGenerator g = factory.createGenerator(out, StandardCharsets.UTF_8)) {
            g.writeStartObject();
            g.writeStartArray("@graph");
            int from = 0;
            while (from < sorted.size()) {
                int to = batchEnd(sorted, from);
                JsonObject compacted = compactBatch(sorted.subList(from, to));
                contextValue = compacted.get("@context");
                if (compacted.containsKey("@graph")) {
                    compacted.getJsonArray("@graph").forEach(g::write);
                } else {
                    JsonObjectBuilder node = Json.createObjectBuilder(compacted);
                    node.remove("@context");
                    g.write(node.build());
                }
                from = to;
            }
            g.writeEnd();
            g.write("@context", contextValue != null ? contextValue
                    : Json.createReader(new ByteArrayInputStream(context)).readObject().get("@context"));
            g.writeEnd();
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Where the batch starting at {@code from} ends: after {@value #BATCH} triples, at the next new subject. */
    private static int batchEnd(List<Map.Entry<String, Triple>> sorted, int from) {
        int to = Math.min(sorted.size(), from + BATCH);
        while (to < sorted.size() && sorted.get(to).getValue().getSubject().equals(sorted.get(to - 1).getValue()
                .getSubject())) {
            to++;
        }
        return to;
    }

    private JsonObject compactBatch(List<Map.Entry<String, Triple>> batch) {
        StringBuilder nt = new StringBuilder(batch.size() * 160);
        batch.forEach(e -> nt.append(e.getKey()).append('\n'));
        try {
            JsonArray expanded = nativeTypes(JsonLd.fromRdf(RdfDocument.of(MediaType.N_QUADS,
                    new StringReader(nt.toString()))).ordered(true).get());
            return JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(new ByteArrayInputStream(context)))
                    .ordered(true).loader(OfflineLoader.INSTANCE).get();
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
