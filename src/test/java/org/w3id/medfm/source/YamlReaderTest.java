package org.w3id.medfm.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The YAML reader on its own: lines, types, and the hostile inputs it must refuse quickly. */
class YamlReaderTest {
    private final YamlReader reader = new YamlReader();

    private Node read(String text) throws DataException {
        return reader.read("f.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private String problem(byte[] bytes) {
        return assertThrows(DataException.class, () -> reader.read("f.yaml", bytes)).problems().get(0).toString();
    }

    @Test
    void keepsLinesAndTypes() throws DataException {
        Node.Mapping m = (Node.Mapping) read("# comment\na: text\nb: 2023\nc: true\nd:\n  - x\n");
        assertEquals(3, m.keyOrigin("b").line());
        assertEquals(Node.ScalarType.INTEGER, ((Node.Scalar) m.entries().get("b")).type());
        assertEquals(Node.ScalarType.BOOLEAN, ((Node.Scalar) m.entries().get("c")).type());
        assertEquals(6, ((Node.Sequence) m.entries().get("d")).items().get(0).origin().line());
    }

    @Test
    void keepsArxivIdsAsWritten() throws DataException {
        Node.Mapping m = (Node.Mapping) read("arxiv: 2306.11920\n");
        assertEquals("2306.11920", ((Node.Scalar) m.entries().get("arxiv")).text());
    }

    @Test
    void refusesABillionLaughsAtTheFirstAlias() {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
            }
            sb.append("]\n");
        }
        assertEquals("f.yaml:1: a: YAML anchors and aliases (&name, *name) are not allowed in data files; write the value out",
                problem(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesLatin1WithTheLineOfTheBadByte() {
        assertEquals("f.yaml:2: the file is not UTF-8 (byte 0xE9 at offset 9); save it as UTF-8",
                problem(new byte[] {'a', ':', ' ', 'x', '\n', 'b', ':', ' ', 'r', (byte) 0xE9, '\n'}));
    }

    @Test
    void refusesEmptyAndCommentOnlyFiles() {
        assertEquals("f.yaml: the file is empty", problem(new byte[0]));
        assertEquals("f.yaml: the file holds no YAML value (only comments?)", problem("# nothing\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesHugeFiles() {
        byte[] big = new byte[YamlReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertEquals("f.yaml: the file is larger than 256 KiB", problem(big));
    }

    @Test
    void refusesDeepNesting() {
        String deep = "a: " + "[".repeat(30) + "]".repeat(30) + "\n";
        assertEquals("f.yaml:1: a[1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1]: nested deeper than 20 levels",
                problem(deep.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reportsEveryDuplicateKeyWithBothLines() {
        assertEquals("f.yaml:3: a: the key appears twice (first at line 1)",
                problem("a: 1\nb: 2\na: 3\n".getBytes(StandardCharsets.UTF_8)));
    }
}
