package org.w3id.medfm.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.medfm.TestData;
import org.w3id.medfm.vocab.Prefixes;

/**
 * Every query of {@code queries/} runs through the real command line, in-process, exactly as its
 * {@code # Run:} line says (plus {@code --format csv}, or {@code ttl} for graphs), and must print its expected
 * answer, {@code queries/expected/NAME.csv} or {@code NAME.ttl}: rows in order where the query has ORDER BY and
 * in any order otherwise; graphs by isomorphism. A query without an expected answer fails.
 *
 * <p>A federated query runs against a local Fuseki standing in for the remote endpoint, which serves the
 * endpoint's fixture from {@code queries/fixtures/}; the test rewrites the SERVICE IRI in a copy of the query.
 *
 * <p>After a deliberate change to the data, {@code mvn test -Dtest=QueryLibraryTest -Dmedfm.queries.update=true}
 * rewrites the expected answers from what the queries print; review the diff before committing it.
 */
class QueryLibraryTest {
    /** Remote endpoints the queries may call, and the fixture each one's stand-in serves. */
    static final Map<String, Path> STAND_INS = Map.of(
            "https://query.wikidata.org/sparql", QueryFile.DIR.resolve("fixtures/wikidata.ttl"));
    static final boolean UPDATE = Boolean.getBoolean("medfm.queries.update");

    static LocalEndpoint remotes;

    /** The stand-in's dataset for a remote endpoint: its host name. */
    static String datasetOf(String endpoint) {
        return URI.create(endpoint).getHost();
    }

    @BeforeAll
    static void startStandIns() {
        Map<String, Graph> datasets = new LinkedHashMap<>();
        STAND_INS.forEach((iri, fixture) -> datasets.put(datasetOf(iri), LocalEndpoint.load(fixture)));
        remotes = LocalEndpoint.serve(datasets);
    }

    @AfterAll
    static void stopStandIns() {
        if (remotes != null) {
            remotes.close();
        }
    }

    static Stream<Path> queries() {
        return QueryFile.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void printsItsExpectedAnswer(Path file, @TempDir Path tmp) throws IOException {
        QueryFile q = QueryFile.read(file);
        Path run = q.services().isEmpty() ? file : withStandIns(q, tmp);
        TestData.Run r = TestData.run(q.commandLine(run).toArray(String[]::new));
        assertEquals(0, r.status(), "exit status of " + file + "; stderr:\n" + r.err());
        String printed = r.out().replace("\r\n", "\n");
        if (UPDATE) {
            Files.createDirectories(q.expected().getParent());
            Files.writeString(q.expected(), printed, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isRegularFile(q.expected()), file + " has no expected answer: write " + q.expected()
                + " (queries/README.md says how)");
        String expected = Files.readString(q.expected(), StandardCharsets.UTF_8);
        if (q.isGraph()) {
            Answers.assertSameGraph(expected, printed, file.toString());
        } else {
            Answers.assertSameTable(expected, printed, q.query().hasOrderBy(), file.toString());
        }
    }

    /** A copy of the query calling the local stand-ins instead of the remote endpoints. */
    private static Path withStandIns(QueryFile q, Path tmp) throws IOException {
        String text = Files.readString(q.path(), StandardCharsets.UTF_8);
        for (String iri : q.services()) {
            assertTrue(STAND_INS.containsKey(iri), q.path() + " calls " + iri
                    + ", which has no stand-in: add one to QueryLibraryTest.STAND_INS with a fixture");
            text = text.replace("<" + iri + ">", "<" + remotes.url(datasetOf(iri)) + ">");
        }
        Path copy = tmp.resolve(q.path().getFileName());
        Files.writeString(copy, text, StandardCharsets.UTF_8);
        return copy;
    }

    static Stream<Path> joins() {
        return queries().filter(p -> !QueryFile.read(p).dataFiles().isEmpty());
    }

    /** A join earns its place: with its --data files it returns rows, and without them none. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("joins")
    void joinReturnsRowsOnlyTheJoinGives(Path file) {
        QueryFile q = QueryFile.read(file);
        List<String> joined = q.commandLine(file);
        List<String> alone = q.commandLineWithoutData(file);
        TestData.Run with = TestData.run(joined.toArray(String[]::new));
        TestData.Run without = TestData.run(alone.toArray(String[]::new));
        assertEquals(0, with.status(), with.err());
        assertEquals(0, without.status(), without.err());
        assertTrue(Answers.csv(with.out()).size() > 1, file + " returns rows with its --data files");
        assertEquals(1, Answers.csv(without.out()).size(), file + " returns no rows from our graph alone");
    }

    /** The opening comment is what the web page shows: a title, the question, the answer, and how to run it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void opensWithItsQuestionAndAnswer(Path file) {
        QueryFile q = QueryFile.read(file);
        List<String> header = q.header();
        assertFalse(header.isEmpty() || header.get(0).isBlank(), file + ": the first line is a '# Title'");
        assertFalse(header.get(0).contains(":"), file + ": the first comment line is a short title");
        for (String part : List.of("Question: ", "Answer: ", QueryFile.RUN)) {
            assertTrue(header.stream().anyMatch(l -> l.startsWith(part)), file + ": no '# " + part.strip() + "' line");
        }
        assertEquals(List.of("query", file.toString()), q.runArgs().subList(0, Math.min(2, q.runArgs().size())),
                file + ": the Run line runs this very file");
        assertEquals(!q.services().isEmpty(), q.runArgs().contains("--allow-service"),
                file + ": --allow-service on the Run line exactly when the query calls SERVICE");
    }

    /** Our namespaces go by the names of {@link Prefixes}, and those names mean nothing else. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void usesTheProjectPrefixes(Path file) {
        PrefixMapping declared = QueryFile.read(file).query().getPrefixMapping();
        Map<String, String> ours = Prefixes.map();
        declared.getNsPrefixMap().forEach((prefix, ns) -> {
            if (ours.containsKey(prefix)) {
                assertEquals(ours.get(prefix), ns, file + ": PREFIX " + prefix + ":");
            }
            ours.forEach((p, n) -> {
                if (n.equals(ns)) {
                    assertEquals(p, prefix, file + ": <" + ns + "> is " + p + ": in Prefixes.java");
                }
            });
        });
    }

    @Test
    void everyExpectedAnswerBelongsToAQuery() throws IOException {
        Set<String> answers = new TreeSet<>();
        try (Stream<Path> s = Files.list(QueryFile.EXPECTED)) {
            s.forEach(p -> answers.add(p.getFileName().toString()));
        }
        Set<String> wanted = new TreeSet<>();
        QueryFile.all().forEach(p -> wanted.add(QueryFile.read(p).expected().getFileName().toString()));
        answers.removeAll(wanted);
        assertEquals(Set.of(), answers, "files in " + QueryFile.EXPECTED + " that no query produces");
    }

    @Test
    void theReadmeListsEveryQuery() throws IOException {
        String readme = Files.readString(QueryFile.DIR.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> missing = QueryFile.all().stream().map(p -> p.getFileName().toString())
                .filter(name -> !readme.contains("`" + name + "`")).toList();
        assertEquals(List.of(), missing, "queries missing from the table of queries/README.md");
    }

    @Test
    void theLibraryAnswersEnoughQuestions() {
        List<QueryFile> all = QueryFile.all().stream().map(QueryFile::read).toList();
        assertTrue(all.size() >= 12, "at least 12 queries, found " + all.size());
        assertTrue(all.stream().anyMatch(q -> q.query().isDescribeType()), "a DESCRIBE query");
        assertTrue(all.stream().anyMatch(q -> q.query().isConstructType()), "a CONSTRUCT query");
        assertTrue(all.stream().anyMatch(q -> !q.dataFiles().isEmpty()), "a join through --data");
        assertTrue(all.stream().anyMatch(q -> !q.services().isEmpty()), "a federated query");
    }
}
