package org.w3id.medfm.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.w3id.medfm.TestData;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.Scheme;
import org.w3id.medfm.source.Problems;

/** Test helpers: the seed page, and pages read into rows the way {@code import-markdown} reads them. */
final class ListPages {
    static final Path SEED = Path.of("src/test/resources/seed/awesome-medical-foundation-models.md");
    static final Path CASES = TestData.CASES.resolve("markdown");

    private ListPages() {
    }

    /** A page read as {@code import-markdown} reads it; any problem fails the test. */
    static Read read(String name, String text, List<Scheme> schemes) {
        ParsedPage page = new ListPageParser().parse(name, text);
        Problems problems = new Problems();
        problems.addAll(page.problems());
        RowReader reader = new RowReader(Vocabulary.of(schemes), problems);
        List<ListedRow> rows = page.rows().stream().map(reader::read).filter(Objects::nonNull).toList();
        assertEquals(List.of(), problems.list(), "problems reading " + name);
        return new Read(page, rows);
    }

    static Read seed(Catalog catalog) {
        return read(SEED.toString(), TestData.read(SEED), catalog.schemes());
    }

    /** A page: what the parser saw and the rows' values, in page order. */
    record Read(ParsedPage page, List<ListedRow> rows) {
    }
}
