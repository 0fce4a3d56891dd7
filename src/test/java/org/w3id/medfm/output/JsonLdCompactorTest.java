package org.w3id.medfm.output;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.medfm.vocab.MedFM;

/** The compacted JSON-LD keeps every literal as it was: language tags, booleans, integers, other datatypes. */
class JsonLdCompactorTest {
    @Test
    void everyKindOfLiteralRoundTrips() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        Resource year = m.createResource(MedFM.year.getURI());
        year.addProperty(RDFS.label, m.createLiteral("year", "en"));
        year.addProperty(RDFS.comment, m.createLiteral("Jahr", "de"));
        Resource x = m.createResource("https://w3id.org/medfm/id/model/x");
        x.addLiteral(MedFM.openWeights, m.createTypedLiteral(true));
        x.addLiteral(MedFM.listPosition, m.createTypedLiteral("3", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        x.addLiteral(MedFM.year, m.createTypedLiteral("2023", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear));
        x.addProperty(RDFS.label, "x");
        byte[] json = new JsonLdCompactor(Files.readAllBytes(Path.of("ontology/context.jsonld"))).compact(m.getGraph());
        String text = new String(json, StandardCharsets.UTF_8);
        Model back = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, Lang.JSONLD).parse(back);
        assertTrue(back.isIsomorphicWith(m), text);
        assertTrue(text.contains("\"openWeights\": true"), "booleans are JSON booleans: " + text);
        assertTrue(text.contains("\"listPosition\": 3"), "integers are JSON numbers: " + text);
    }
}
