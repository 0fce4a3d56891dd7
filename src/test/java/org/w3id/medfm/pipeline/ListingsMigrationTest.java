package org.w3id.medfm.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.w3id.medfm.vocab.MedFM;

/**
 * Issue 8 moved the data to listings (a list, a section, a position and printed values per list). The graph
 * built before the move is kept as {@code migration/issue-8-before.nt}; every triple it has about its subjects,
 * for every property it used, must still be in the graph, and no other value of those properties may have
 * appeared, except for the listing term that moved ({@code medfm:listPosition}, now on the listings). New
 * properties and new subjects added since are outside the comparison. A deliberate later change of one of these
 * facts rewrites the fixture with {@code -Dmedfm.regenerate=true}, for review in the diff.
 */
class ListingsMigrationTest {
    private static final Path BEFORE = Path.of("src/test/resources/migration/issue-8-before.nt");
    private static final Set<Property> MOVED = Set.of(MedFM.listPosition);

    @Test
    void theMoveToListingsKeepsEveryOtherTriple() throws Exception {
        Model before = RDFDataMgr.loadModel(BEFORE.toString());
        Model after = new GraphBuilder(Sources.defaults()).build().model();
        Model expected = restrict(before, before);
        Model actual = restrict(after, before);
        if (Boolean.getBoolean("medfm.regenerate")) {
            try (var out = Files.newOutputStream(BEFORE)) {
                RDFDataMgr.write(out, actual, RDFFormat.NTRIPLES);
            }
            return;
        }
        assertTrue(expected.isIsomorphicWith(actual), () -> "the migration changed triples.\nMissing:\n"
                + nt(expected.difference(actual)) + "\nUnexpected:\n" + nt(actual.difference(expected)));
        assertTrue(after.listSubjectsWithProperty(MedFM.listPosition).toList().stream()
                .allMatch(s -> s.hasProperty(org.apache.jena.vocabulary.RDF.type, MedFM.Listing)),
                "the position now stands on listings only");
    }

    /** The triples of {@code graph} whose subject and property {@code scope} has, except the moved terms. */
    private static Model restrict(Model graph, Model scope) {
        Set<Resource> subjects = new HashSet<>(scope.listSubjects().toList());
        Set<Property> properties = new HashSet<>();
        scope.listStatements().forEachRemaining(s -> properties.add(s.getPredicate()));
        properties.removeAll(MOVED);
        Model out = ModelFactory.createDefaultModel();
        for (Statement s : graph.listStatements().toList()) {
            if (subjects.contains(s.getSubject()) && properties.contains(s.getPredicate())) {
                out.add(s);
            }
        }
        return out;
    }

    private static String nt(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, RDFFormat.NTRIPLES);
        return w.toString();
    }
}
