package org.w3id.medfm.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medfm.TestData;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.CorrectableField;
import org.w3id.medfm.records.Correction;
import org.w3id.medfm.records.DataLoader;
import org.w3id.medfm.records.ListedValues;
import org.w3id.medfm.records.Thing;

/**
 * {@code render-markdown} reproduces the seed row for row: both pages are parsed with CommonMark and compared
 * cell by cell, and a cell may differ only where the entry has a correction of that field whose listed value is
 * the seed's; such a cell, and no other, carries a correction mark.
 */
class RenderMarkdownTest {
    static Catalog catalog;
    static String page;
    static ListPages.Read rendered;
    static ListPages.Read seed;
    static Map<String, Thing> byPaper;

    @TempDir
    Path tmp;

    @BeforeAll
    static void render() throws Exception {
        catalog = new GraphBuilder(Sources.defaults()).build().catalog();
        page = new ListPageRenderer().render(catalog);
        rendered = ListPages.read("rendered.md", page, catalog.schemes());
        seed = ListPages.seed(catalog);
        byPaper = catalog.entries().stream().collect(Collectors.toMap(
                t -> ListedValues.listed(t, CorrectableField.PAPER), Function.identity()));
    }

    @Test
    void sameSectionsInTheSameOrder() {
        assertEquals(texts(seed.page().sections()), texts(rendered.page().sections()));
        assertEquals(40, seed.rows().size());
        assertEquals(seed.rows().size(), rendered.rows().size());
    }

    @Test
    void everyDifferenceFromTheSeedIsExplainedByACorrection() {
        for (int i = 0; i < seed.rows().size(); i++) {
            ListedRow listed = seed.rows().get(i);
            ListedRow shown = rendered.rows().get(i);
            Thing t = byPaper.get(listed.value(CorrectableField.PAPER));
            assertTrue(t != null, "seed line " + listed.origin().line() + ": no entry has this paper");
            assertEquals(listed.position(), shown.position());
            for (CorrectableField f : CorrectableField.values()) {
                String where = t.slug() + " " + f.yamlName() + " (seed line " + listed.origin().line() + ")";
                Optional<Correction> c = ListedValues.correction(t, f);
                if (!listed.value(f).equals(shown.value(f))) {
                    assertTrue(c.isPresent(), where + ": differs with no correction: " + listed.value(f) + " / "
                            + shown.value(f));
                    assertEquals(listed.value(f), c.get().listed(), where + ": the correction's listed value");
                    assertEquals(c.get().corrected(), shown.value(f), where + ": the page shows the corrected value");
                } else {
                    assertTrue(c.isEmpty() || f == CorrectableField.PARADIGM, where + ": corrected but not shown");
                }
            }
        }
    }

    @Test
    void cellsWithoutACorrectionAreTheSeedsExactlyAndOnlyCorrectedCellsAreMarked() {
        for (int i = 0; i < seed.rows().size(); i++) {
            SourceRow listed = seed.page().rows().get(i);
            SourceRow shown = rendered.page().rows().get(i);
            Thing t = byPaper.get(seed.rows().get(i).value(CorrectableField.PAPER));
            for (Column col : Column.values()) {
                long corrections = t.corrections().stream().filter(c -> Column.showing(c.field()) == col)
                        .count();
                String where = t.slug() + " " + col.header();
                assertEquals(corrections, shown.cell(col).marks(), where + ": marks");
                if (corrections == 0) {
                    assertEquals(listed.cell(col).canonical(), shown.cell(col).canonical(), where);
                }
            }
        }
    }

    @Test
    void everyCorrectionIsExplainedUnderCorrections() {
        String seed = catalog.paradigmList().orElseThrow().slug();
        long corrections = catalog.entries().stream()
                .mapToLong(t -> t.corrections().stream().filter(c -> c.listing().equals(seed)).count()).sum();
        String notes = page.substring(page.indexOf("\n## Corrections\n"), page.indexOf("\n## Contributing\n"));
        org.commonmark.node.Node doc = org.commonmark.parser.Parser.builder().build().parse(notes);
        org.commonmark.node.Node list = doc.getFirstChild();
        while (!(list instanceof org.commonmark.node.OrderedList)) {
            list = list.getNext();
        }
        long items = 0;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            items++;
        }
        assertEquals(corrections, items, "one numbered note per correction");
        for (Thing t : catalog.entries()) {
            for (Correction c : t.corrections()) {
                if (!c.listing().equals(seed)) {
                    continue;
                }
                assertTrue(notes.contains("(https://w3id.org/medfm/id/correction/" + t.slug() + "--"
                        + c.field().yamlName().toLowerCase(java.util.Locale.ROOT) + ")"), t.slug() + " " + c.field());
            }
        }
    }

    @Test
    void theRenderedPageImportsBackAsTheGraphHasIt() throws Exception {
        Path page = tmp.resolve("page.md");
        Files.writeString(page, RenderMarkdownTest.page);
        ImportMarkdownTest.copyTree(Path.of("data/schemes"), tmp.resolve("data/schemes"));
        ImportMarkdownTest.copyTree(Path.of("data/lists"), tmp.resolve("data/lists"));
        TestData.Run run = TestData.run("import-markdown", page.toString(), "--data-dir", tmp.resolve("data").toString());
        assertEquals(0, run.status(), run.err());
        Catalog back = new DataLoader().load(tmp.resolve("data"));
        Map<String, Thing> backByPaper = back.entries().stream().collect(Collectors.toMap(
                t -> ListedValues.current(t, CorrectableField.PAPER), Function.identity()));
        for (Thing t : catalog.entries()) {
            if (t.paradigmListing().isEmpty()) {
                continue; // not on the seed list, so not on the page
            }
            Thing b = backByPaper.get(ListedValues.current(t, CorrectableField.PAPER));
            for (CorrectableField f : CorrectableField.values()) {
                assertEquals(ListedValues.current(t, f), ListedValues.current(b, f), t.slug() + " " + f);
            }
        }
    }

    @Test
    void theCommandWritesThePageOrPrintsIt() {
        Path out = tmp.resolve("list.md");
        TestData.Run run = TestData.run("render-markdown", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("Wrote " + out + " (40 rows).\n", run.out());
        assertEquals(page, TestData.read(out));
        TestData.Run printed = TestData.run("render-markdown");
        assertEquals(page, printed.out());
    }

    @Test
    void theSameDataGivesTheSamePage() {
        assertEquals(page, new ListPageRenderer().render(catalog));
    }

    private static List<String> texts(List<Heading> headings) {
        return headings.stream().map(h -> "#".repeat(h.level()) + " " + h.text()).toList();
    }
}
