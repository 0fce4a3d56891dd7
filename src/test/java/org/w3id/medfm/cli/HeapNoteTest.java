package org.w3id.medfm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code serve} says when the JVM may take a heap too large for a shared machine, and how to bound it. */
class HeapNoteTest {
    @Test
    void aDefaultHeapOfAQuarterOfTwentyFourGbGetsTheNote() {
        StringWriter err = new StringWriter();
        ServeCommand.heapNote(new PrintWriter(err), 6L << 30);
        assertTrue(err.toString().contains("6144 MB"), err.toString());
        assertTrue(err.toString().contains("java -Xmx1g -jar"), err.toString());
    }

    @Test
    void aHeapOfOneGbGetsNone() {
        StringWriter err = new StringWriter();
        ServeCommand.heapNote(new PrintWriter(err), 1L << 30);
        assertEquals("", err.toString());
    }
}
