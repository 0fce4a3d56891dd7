package org.w3id.medfm.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.medfm.TestData;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.source.DataException;

/**
 * Golden mapping cases: each folder of {@code cases/golden} adds files to the base data set, and its
 * {@code expected.ttl} holds exactly the triples the mapping adds for them (for {@code base}, the whole base
 * graph). Compared by graph isomorphism. With {@code -Dmedfm.regenerate=true} the expected files are rewritten
 * from the current mapping instead, for review in the diff.
 */
class GoldenCasesTest {
    @TempDir
    Path tmp;

    static Stream<Path> cases() throws IOException {
        return Files.list(TestData.CASES.resolve("golden")).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsAsExpected(Path caseDir) throws IOException, DataException {
        boolean isBase = caseDir.getFileName().toString().equals("base");
        Model built = build(TestData.prepare(tmp.resolve("case"), isBase ? null : caseDir));
        Model actual = isBase ? built : built.difference(build(TestData.prepare(tmp.resolve("base"), null)));
        Path expectedFile = caseDir.resolve("expected.ttl");
        if (Boolean.getBoolean("medfm.regenerate")) {
            actual.setNsPrefixes(org.w3id.medfm.vocab.Prefixes.map());
            Files.writeString(expectedFile, org.w3id.medfm.output.Serializer.turtle(actual));
        }
        Model expected = RDFDataMgr.loadModel(expectedFile.toString());
        assertTrue(expected.isIsomorphicWith(actual), () -> "mapping of " + caseDir.getFileName()
                + " differs.\nMissing:\n" + turtle(expected.difference(actual)) + "\nUnexpected:\n"
                + turtle(actual.difference(expected)));
    }

    private static Model build(Path data) throws DataException {
        return new GraphBuilder(new Sources(data, TestData.ONTOLOGY)).build().model();
    }

    private static String turtle(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, RDFFormat.TURTLE_BLOCKS);
        return w.toString();
    }
}
