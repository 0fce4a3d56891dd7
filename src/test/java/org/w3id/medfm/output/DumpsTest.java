package org.w3id.medfm.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.medfm.TestData;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.Sources;

/** The dumps of the bundled data: readable back, the same graph in every format, byte-stable, plain JSON. */
class DumpsTest {
    @TempDir
    static Path out;
    static Model graph;

    @BeforeAll
    static void build() throws Exception {
        graph = new GraphBuilder(Sources.defaults()).build().model();
        assertEquals(0, TestData.run("build", "--out", out.toString()).status());
    }

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void readsBackIsomorphic(DumpFormat format) {
        Model back = RDFDataMgr.loadModel(out.resolve(format.fileName()).toString(), format.lang());
        assertTrue(back.isIsomorphicWith(graph), format + " differs from the built graph");
    }

    @Test
    void sameDataSameBytes() throws IOException {
        Path again = out.resolve("again");
        assertEquals(0, TestData.run("build", "--out", again.toString()).status());
        for (String name : new String[] {"medfm.ttl", "medfm.nt", "medfm.jsonld", "void.ttl"}) {
            assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }
    }

    @Test
    void jsonLdReadsAsPlainJson() throws IOException {
        JsonObject doc;
        try (JsonReader r = Json.createReader(Files.newBufferedReader(out.resolve("medfm.jsonld")))) {
            doc = r.readObject();
        }
        JsonObject medsam = doc.getJsonArray("@graph").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("id").equals("model/medsam")).findFirst().orElseThrow();
        assertEquals("MedSAM", medsam.getString("label"));
        assertEquals(2023, Integer.parseInt(medsam.getString("year")));
        assertEquals("multi-modal", medsam.getString("modality"));
        assertEquals("adaptation", medsam.getString("method"));
        assertTrue(medsam.getBoolean("openWeights"));
        JsonArray derived = medsam.getJsonArray("derivedFrom");
        assertEquals("segment-anything", derived.getString(0));
        assertTrue(doc.get("@context").getValueType() == jakarta.json.JsonValue.ValueType.OBJECT,
                "the context is embedded, so no reader needs to fetch it");
    }

    @Test
    void voidCountsTheTriples() {
        Model v = RDFDataMgr.loadModel(out.resolve("void.ttl").toString());
        String q = "PREFIX void: <http://rdfs.org/ns/void#> SELECT ?n WHERE { <https://w3id.org/medfm/dataset> void:triples ?n }";
        try (var qe = org.apache.jena.query.QueryExecution.create(q, v)) {
            assertEquals(graph.size(), qe.execSelect().next().getLiteral("n").getLong());
        }
    }
}
