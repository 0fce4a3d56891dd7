package org.w3id.medfm.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.medfm.TestData;

/**
 * Third-party eyes on the expected answers: {@code queries/rdflib_example.py} runs each query of the library with
 * Python's rdflib on the Turtle dump that {@code build} writes (plus the query's {@code --data} files) and must
 * print the same answer as Jena. Left out: DESCRIBE, whose answer SPARQL leaves to each store (and which
 * Debian's rdflib 6 does not implement), and federated queries. Skipped where Debian's python3-rdflib is missing
 * for {@code /usr/bin/python3}, except when the environment variable CI is set.
 */
class RdflibAnswersTest {
    @TempDir
    static Path dumps;

    @BeforeAll
    static void build() {
        TestData.Run build = TestData.run("build", "--out", dumps.toString());
        assertEquals(0, build.status(), build.err());
    }

    static Stream<Path> portableQueries() {
        return QueryFile.all().stream().filter(p -> {
            QueryFile q = QueryFile.read(p);
            return !q.query().isDescribeType() && q.services().isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("portableQueries")
    void rdflibGivesTheExpectedAnswer(Path file) throws IOException {
        QueryScriptsTest.require("rdflib for " + QueryScriptsTest.PYTHON,
                List.of(QueryScriptsTest.PYTHON, "-c", "import rdflib"));
        QueryFile q = QueryFile.read(file);
        List<String> command = new ArrayList<>(List.of(QueryScriptsTest.PYTHON, "queries/rdflib_example.py",
                file.toString(), dumps.resolve("medfm.ttl").toString()));
        command.addAll(q.dataFiles());
        Processes.Result r = Processes.run(command);
        assertEquals(0, r.status(), r.err());
        String expected = Files.readString(q.expected(), StandardCharsets.UTF_8);
        if (q.isGraph()) {
            Answers.assertSameGraph(expected, r.out(), "rdflib on " + file);
        } else {
            Answers.assertSameTable(expected, r.out(), q.query().hasOrderBy(), "rdflib on " + file);
        }
    }
}
