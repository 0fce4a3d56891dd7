package org.w3id.medfm.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The comparisons the query tests rest on: a lenient comparison would let a rotten query pass. */
class AnswersTest {
    static final String TABLE = "label,n\r\nA,1\r\n\"B, \"\"quoted\"\"\nline\",2\r\n";
    static final String SWAPPED = "label,n\n\"B, \"\"quoted\"\"\nline\",2\nA,1\n";

    @Test
    void readsQuotedCsvFields() {
        assertEquals(List.of(List.of("label", "n"), List.of("A", "1"), List.of("B, \"quoted\"\nline", "2")),
                Answers.csv(TABLE));
    }

    @Test
    void rowOrderCountsOnlyWhereTheQueryOrders() {
        Answers.assertSameTable(TABLE, SWAPPED, false, "unordered");
        assertThrows(AssertionFailedError.class, () -> Answers.assertSameTable(TABLE, SWAPPED, true, "ordered"));
    }

    @Test
    void aMissingOrExtraRowOrColumnFails() {
        assertThrows(AssertionFailedError.class, () -> Answers.assertSameTable(TABLE, "label,n\r\nA,1\r\n", false, "t"));
        assertThrows(AssertionFailedError.class, () -> Answers.assertSameTable(TABLE, "label\r\nA\r\nB\r\n", false, "t"));
        assertThrows(AssertionFailedError.class,
                () -> Answers.assertSameTable(TABLE, TABLE + "A,1\r\n", false, "duplicates count"));
    }

    @Test
    void graphsCompareByIsomorphism() {
        String a = "<http://x/a> <http://x/p> [ <http://x/q> \"1\" ] .";
        String b = "<http://x/a> <http://x/p> _:other . _:other <http://x/q> \"1\" .";
        Answers.assertSameGraph(a, b, "blank nodes renamed");
        assertThrows(AssertionError.class, () -> Answers.assertSameGraph(a, b.replace("\"1\"", "\"2\""), "t"));
    }
}
