package org.w3id.medfm.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.medfm.TestData;

/**
 * {@code queries/link-consistency.rq} answers nothing on the bundled data (its expected answer is empty), which
 * proves little by itself: here it must flag each kind of bad link in {@code bad-links.ttl}, one made-up model
 * per mistake, exactly as {@code bad-links.expected.csv} lists them.
 */
class LinkChecksTest {
    static final Path CASES = Path.of("src/test/resources/queries");

    @Test
    void flagsEveryKindOfBadLink() throws IOException {
        TestData.Run r = TestData.run("query", "queries/link-consistency.rq", "--data",
                CASES.resolve("bad-links.ttl").toString(), "--format", "csv");
        assertEquals(0, r.status(), r.err());
        String expected = Files.readString(CASES.resolve("bad-links.expected.csv"), StandardCharsets.UTF_8);
        Answers.assertSameTable(expected, r.out(), true, "link-consistency.rq on bad-links.ttl");
        assertEquals(10, Answers.csv(expected).size(), "a header and nine bad links");
    }
}
