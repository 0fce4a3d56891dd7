package org.w3id.medfm.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: the sort behind the dumps spills sorted runs to disk past its budget and merges them, each line once. */
class ExternalSortTest {
    @TempDir
    Path tmp;

    @Test
    void linesPastTheBudgetAreSortedOnDiskAndMergedEachOnce() throws Exception {
        Random random = new Random(11);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            lines.add("<https://w3id.org/medfm/id/model/m-" + random.nextInt(15_000) + "> \"é " + i % 7 + "\" .");
        }
        List<String> out = new ArrayList<>();
        try (ExternalSort sort = new ExternalSort(tmp, 100_000)) {
            for (int from = 0; from < lines.size(); from += 333) {
                sort.addAll(lines.subList(from, Math.min(lines.size(), from + 333)));
            }
            assertTrue(sort.runs() > 10, "the budget forces runs on disk: " + sort.runs());
            assertEquals(lines.size(), sort.added());
            Iterator<String> it = sort.sorted();
            it.forEachRemaining(out::add);
        }
        assertEquals(new ArrayList<>(new TreeSet<>(lines)), out, "sorted, without repeats");
        try (var left = Files.list(tmp)) {
            assertEquals(0, left.count(), "the runs are deleted");
        }
    }

    @Test
    void withinTheBudgetNothingIsWritten() throws Exception {
        try (ExternalSort sort = new ExternalSort(tmp, 1 << 20)) {
            sort.addAll(List.of("b", "a", "b", "c"));
            List<String> out = new ArrayList<>();
            sort.sorted().forEachRemaining(out::add);
            assertEquals(List.of("a", "b", "c"), out);
            assertEquals(0, sort.runs());
        }
    }
}
