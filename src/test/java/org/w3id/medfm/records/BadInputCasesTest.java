package org.w3id.medfm.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.medfm.TestData;

/**
 * Each folder of {@code cases/bad} adds (or replaces, or with {@code delete.txt} removes) files of the base data
 * set; {@code validate} must exit 1 and print exactly the lines of its {@code expected.txt}, with the data folder
 * written as {@code data} and the last year a paper can have as {@code ${NEXT_YEAR}}.
 */
class BadInputCasesTest {
    @TempDir
    Path tmp;

    static Stream<Path> cases() throws IOException {
        return Files.list(TestData.CASES.resolve("bad")).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactProblems(Path caseDir) throws IOException {
        Path data = TestData.prepare(tmp, caseDir);
        TestData.Run run = TestData.run("validate", "--data-dir", data.toString(), "--ontology-dir",
                TestData.ONTOLOGY.toString());
        String printed = run.err().replace(data.toString(), "data");
        String expected = TestData.read(caseDir.resolve("expected.txt"))
                .replace("${NEXT_YEAR}", Integer.toString(java.time.Year.now().getValue() + 1));
        assertEquals(expected, printed, "stderr of " + caseDir.getFileName());
        assertEquals(1, run.status(), "exit status");
        assertEquals("", run.out(), "nothing on stdout");
    }
}
