package org.w3id.medfm.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.medfm.TestData;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.rdf.GraphMapper;
import org.w3id.medfm.rdf.MappedGraph;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.DataLoader;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.source.Problem;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.MedFM;
import org.w3id.medfm.vocab.Vocab;

/**
 * Issue 11: SHACL part by part ({@link PartValidator}, what {@code build} and {@code validate} run) reports exactly
 * what SHACL over the whole graph reports ({@code shapes.ttl} stays the contract): on the bundled data, on every
 * bad-input case whose records load, and on graphs broken on purpose in ways the records cannot be (labels,
 * evidence, listings, derivations stated in part, a model derived from itself), with parts of every size.
 */
class PartValidatorTest {
    private static final UnaryOperator<Model> UNBROKEN = m -> m;
    private static final ShapeValidator SHAPES = new ShapeValidator(Path.of("ontology/shapes.ttl"));

    @TempDir
    Path tmp;

    @Test
    void theBundledDataGivesTheSameResultsInPartsAsWhole() throws DataException {
        Catalog catalog = new DataLoader().load(Sources.defaults().dataDir());
        for (int size : new int[] {1, 1000}) {
            assertEquals(List.of(), compare(catalog, size, UNBROKEN));
        }
    }

    static Stream<Path> cases() throws IOException {
        return Files.list(TestData.CASES.resolve("bad")).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyBadCaseGivesTheSameResultsInPartsAsWhole(Path caseDir) throws IOException {
        Path data = TestData.prepare(tmp, caseDir);
        Catalog catalog;
        try {
            catalog = new DataLoader().load(data);
        } catch (DataException e) {
            return; // refused before there is a graph: nothing for SHACL to see
        }
        compare(catalog, 2, UNBROKEN);
    }

    @Test
    void graphsBrokenOnPurposeGiveTheSameResultsInPartsAsWhole() throws DataException {
        Catalog catalog = new DataLoader().load(Sources.defaults().dataDir());
        Property derivedFrom = MedFM.derivedFrom;
        List<UnaryOperator<Model>> breaks = List.of(
                m -> without(m, RDFS.label, s -> s.getSubject().getURI().contains("/model/med")),
                m -> without(m, DCTerms.source, s -> s.getSubject().getURI().contains("llava")),
                m -> without(m, Vocab.provWasDerivedFrom, s -> true),
                m -> without(m, MedFM.listPosition, s -> s.getSubject().getURI().contains("sam")),
                m -> without(m, RDF.type, s -> s.getObject().equals(MedFM.Derivation)),
                m -> with(m, Ids.model("medsam"), derivedFrom, Ids.model("medsam")),
                m -> with(m, Ids.model("autosam"), MedFM.usesModel, Ids.model("no-such-model")));
        for (UnaryOperator<Model> broken : breaks) {
            List<Problem> problems = compare(catalog, 3, broken);
            assertFalse(problems.isEmpty(), "the broken graph has problems");
        }
    }

    /** The problems of the whole graph; fails unless validating the same graph in parts gives the same. */
    private static List<Problem> compare(Catalog catalog, int size, UnaryOperator<Model> broken) {
        Model whole = ModelFactory.createDefaultModel();
        java.util.Map<String, Origin> origins = new java.util.HashMap<>();
        List<Problem> inParts = new ArrayList<>();
        PartValidator parts = new PartValidator(SHAPES, catalog);
        new GraphMapper().parts(catalog, size, part -> {
            Model m = broken.apply(part.graph().model());
            whole.add(m);
            part.graph().origins().forEach(origins::putIfAbsent);
            inParts.addAll(parts.validate(new GraphMapper.Part(new MappedGraph(m, part.graph().origins()),
                    part.things())));
        });
        List<Problem> expected = sorted(SHAPES.validate(new MappedGraph(whole, origins)));
        if (broken == UNBROKEN) {
            assertTrue(whole.isIsomorphicWith(new GraphMapper().map(catalog).model()), "the parts make the graph");
        }
        assertEquals(expected, sorted(inParts), "parts of " + size);
        assertTrue(expected.stream().allMatch(p -> p.line() > 0), "every problem has its line: " + expected);
        return expected;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.isEmpty() ? List.of() : new DataException(problems).problems();
    }

    private static Model without(Model m, Property p, java.util.function.Predicate<Statement> which) {
        m.listStatements(null, p, (org.apache.jena.rdf.model.RDFNode) null).toList().stream()
                .filter(s -> s.getSubject().isURIResource() && which.test(s)).forEach(m::remove);
        return m;
    }

    private static Model with(Model m, String subject, Property p, String object) {
        if (m.containsResource(m.createResource(subject)) && m.contains(m.createResource(subject), RDF.type)) {
            m.add(m.createResource(subject), p, m.createResource(object));
        }
        return m;
    }
}
