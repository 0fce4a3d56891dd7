package org.w3id.medfm.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medfm.TestData;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.DataLoader;
import org.w3id.medfm.records.Listing;
import org.w3id.medfm.records.PaperId;
import org.w3id.medfm.records.PaperIdentities;
import org.w3id.medfm.records.Thing;

/**
 * Issue 8: entries known by their paper, listings as data. A contributor's page in any order adds exactly its new
 * rows; the seed with rows inserted and swapped syncs and renders in the new order; the survey list adds no
 * entry and gives every entry a second listing; every prose list renders back to the listings it was read into.
 */
class ListingsImportTest {
    static final Path DATA = Path.of("data");
    static final Path LISTS = Path.of("src/test/resources/lists");
    static final String SEED_LIST = "awesome-medical-foundation-models";
    static final String SURVEY = "awesome-foundation-models-in-medical-imaging";
    static final String GUIDE = "medllms-practical-guide";

    @TempDir
    Path tmp;

    private Path copyOfData() throws Exception {
        Path copy = tmp.resolve("data");
        ImportMarkdownTest.copyTree(DATA, copy);
        return copy;
    }

    private static List<String> seedLines() {
        return new ArrayList<>(TestData.read(ListPages.SEED).lines().toList());
    }

    private static String row(String title, String arxiv) {
        return "| 2024 | X-ray | " + title + " | [arXiv](https://arxiv.org/abs/" + arxiv + ") | - | ✅ | Development |";
    }

    /** Every file of the folder with its bytes, to see what an import changed. */
    private static Map<Path, String> snapshot(Path dir) throws Exception {
        Map<Path, String> out = new HashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p), Files.readString(p));
            }
        }
        return out;
    }

    @Test
    void aContributorsPageInAnyOrderAddsExactlyItsNewRowsAndReportsItsBadRowByLine() throws Exception {
        Path data = copyOfData();
        String header = "| Year | Modality | Title | Paper | Code | Weights | Method |\n"
                + "|------|----------|-------|-------|------|---------|--------|\n";
        String known = "| 2023 | Multi-modal | BiomedCLIP: Large-Scale Domain-Specific Pretraining for Biomedical"
                + " Vision-Language | [arXiv](https://arxiv.org/abs/2303.00915) | [GitHub](https://aka.ms/biomedclip) | ✅ |"
                + " Development |\n";
        String newRows = row("CheXagent: Towards a Foundation Model for Chest X-Ray Interpretation", "2401.12208")
                + "\n" + row("MAIRA-1: A specialised large multimodal model for radiology report generation",
                "2311.13668") + "\n";
        String bad = "| 20x4 | X-ray | A row with a bad year | [arXiv](https://arxiv.org/abs/2402.00001) | - | ✅ |"
                + " Development |\n";
        Path page = tmp.resolve("contribution.md");
        Files.writeString(page, "# My additions\n\n### Contrastive Learning\n\n" + header + newRows + known + bad);
        Map<Path, String> before = snapshot(data);
        TestData.Run refused = TestData.run("import-markdown", page.toString(), "--data-dir", data.toString());
        assertEquals(1, refused.status());
        assertEquals(page + ":10: Year: '20x4' is not a year (1950.." + (java.time.Year.now().getValue() + 1)
                + ")\n1 problem in the input\n", refused.err());
        assertEquals(before, snapshot(data), "nothing is written while a row is bad");

        Files.writeString(page, "# My additions\n\n### Contrastive Learning\n\n" + header + newRows + known);
        TestData.Run run = TestData.run("import-markdown", page.toString(), "--data-dir", data.toString());
        assertEquals(0, run.status(), run.err());
        Map<Path, String> after = snapshot(data);
        List<Path> added = after.keySet().stream().filter(p -> !before.containsKey(p)).sorted().toList();
        assertEquals(List.of(Path.of("entries/chexagent.yaml"), Path.of("entries/maira-1.yaml")), added);
        for (Path p : before.keySet()) {
            assertEquals(before.get(p), after.get(p), p + " is unchanged: a contributor's page moves nothing");
        }
        Catalog c = new DataLoader().load(data);
        assertEquals(12, position(c, "chexagent"), "new rows go after the section's last row (11)");
        assertEquals(13, position(c, "maira-1"));
    }

    private static int position(Catalog c, String slug) {
        return c.bySlug().get(slug).paradigmListing().orElseThrow().position();
    }

    @Test
    void theSeedWithTwoRowsInsertedAndTwoSwappedSyncsAndRendersInTheNewOrder() throws Exception {
        Path data = copyOfData();
        List<String> lines = seedLines();
        int vssl = lines.indexOf("### Visual Self-Supervised Learning") + 4;
        Collections.swap(lines, vssl, vssl + 1); // Virchow and RETFound change places
        int mixed = lines.indexOf("### Mixed/Hybrid Architecture") + 5;
        lines.add(mixed, row("A hybrid model inserted in the middle", "2401.00002"));
        int contrastive = lines.indexOf("### Contrastive Learning") + 4;
        lines.add(contrastive, row("A contrastive model inserted first", "2401.00001"));
        Path page = tmp.resolve("seed-changed.md");
        Files.writeString(page, String.join("\n", lines) + "\n");
        TestData.Run run = TestData.run("import-markdown", page.toString(), "--data-dir", data.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("2 new entries written; 40 rows were already in " + data + "."), run.out());
        assertTrue(run.out().contains("read as the full list"), run.out());
        assertEquals(0, TestData.run("validate", "--data-dir", data.toString()).status());

        TestData.Run rendered = TestData.run("render-markdown", "--data-dir", data.toString());
        assertEquals(0, rendered.status(), rendered.err());
        Catalog c = new DataLoader().load(data);
        assertEquals(order(c, TestData.read(page)), order(c, rendered.out()), "the rendered page has the page's order");
        assertEquals(1, position(c, "contrastive-model-inserted-first"));
        assertEquals(1, position(c, "retfound"));
        assertEquals(2, position(c, "virchow"));
    }

    /** The entries of a seed-shaped page, section by section, by paper. */
    private static List<String> order(Catalog c, String page) {
        Map<PaperId, String> bySlug = new HashMap<>();
        for (Thing t : c.things()) {
            PaperIdentities.of(t).forEach(id -> bySlug.put(id, t.slug()));
        }
        List<String> out = new ArrayList<>();
        for (SourceRow r : new ListPageParser().parse("page", page).rows()) {
            String link = r.cell(Column.PAPER).links().get(0).destination();
            out.add(r.section().text() + " " + r.position() + " " + bySlug.get(PaperId.of(link).orElseThrow()));
        }
        return out;
    }

    @Test
    void theSurveyListAddsNoEntryAndGivesEveryEntryASecondListing() throws Exception {
        ImportMarkdownTest.copyTree(DATA.resolve("schemes"), tmp.resolve("schemes"));
        ImportMarkdownTest.copyTree(DATA.resolve("lists"), tmp.resolve("lists"));
        TestData.Run seed = TestData.run("import-markdown", ListPages.SEED.toString(), "--data-dir", tmp.toString());
        assertEquals(0, seed.status(), seed.err());
        TestData.Run survey = TestData.run("import-markdown", LISTS.resolve("survey-list/README.md").toString(),
                "--list", SURVEY, "--data-dir", tmp.toString());
        assertEquals(0, survey.status(), survey.err());
        assertTrue(survey.out().startsWith("0 new entries written; 40 rows were already in " + tmp + ".\n40 files'"
                + " listings updated for the list " + SURVEY + ", read as the full list"), survey.out());
        Catalog c = new DataLoader().load(tmp);
        assertEquals(40, c.entries().size());
        for (Thing t : c.entries()) {
            assertEquals(List.of(SEED_LIST, SURVEY), t.listings().stream().map(Listing::list).toList(), t.slug());
        }
    }

    @Test
    void theBundledDataHasTheSurveyListingsAlready() throws Exception {
        Path data = copyOfData();
        Map<Path, String> before = snapshot(data);
        TestData.Run run = TestData.run("import-markdown", LISTS.resolve("survey-list/README.md").toString(),
                "--list", SURVEY, "--data-dir", data.toString());
        assertEquals("0 new entries written; 40 rows were already in " + data + ".\n", run.out(), run.err());
        assertEquals(before, snapshot(data));
    }

    @Test
    void aProseListRendersBackToTheListingsItWasReadInto() throws Exception {
        Path data = copyOfData();
        TestData.Run guide = TestData.run("import-markdown", LISTS.resolve("medllms-practical-guide/README.md")
                .toString(), "--list", GUIDE, "--data-dir", data.toString());
        assertEquals(0, guide.status(), guide.err());
        assertEquals(0, TestData.run("validate", "--data-dir", data.toString()).status());
        for (String list : List.of(SURVEY, GUIDE)) {
            Path page = tmp.resolve(list + ".md");
            TestData.Run rendered = TestData.run("render-markdown", "--data-dir", data.toString(), "--list", list,
                    "--out", page.toString());
            assertEquals(0, rendered.status(), rendered.err());
            Map<Path, String> before = snapshot(data);
            TestData.Run again = TestData.run("import-markdown", page.toString(), "--list", list, "--data-dir",
                    data.toString());
            assertEquals(0, again.status(), again.err());
            assertFalse(again.out().contains("updated"), again.out());
            assertEquals(before, snapshot(data), list + ": its rendered page reads back to the same listings");
        }
        Catalog c = new DataLoader().load(data);
        Thing medPalm = c.bySlug().get("med-palm-2");
        assertEquals(List.of(SEED_LIST, SURVEY, "awesome-healthcare-foundation-models", GUIDE),
                medPalm.listings().stream().map(Listing::list).toList(),
                "arxiv.org/pdf/2305.09617.pdf and arxiv.org/abs/2305.09617 are one paper");
    }

    @Test
    void aPaperTwiceInOneSectionOfAProseListIsABadRow() throws Exception {
        Path data = copyOfData();
        Path page = LISTS.resolve("healthcare-foundation-models/README.md");
        Map<Path, String> before = snapshot(data);
        TestData.Run run = TestData.run("import-markdown", page.toString(), "--list",
                "awesome-healthcare-foundation-models", "--data-dir", data.toString());
        assertEquals(1, run.status());
        assertEquals(page + ":170: links: the same paper as the row at line 169\n1 problem in the input\n", run.err());
        assertEquals(before, snapshot(data));
    }

    @Test
    void badBulletsAreReportedByLine() throws Exception {
        Path data = copyOfData();
        Path caseDir = ListPages.CASES.resolve("issue-8-bad-bullets");
        Path page = caseDir.resolve("page.md");
        TestData.Run run = TestData.run("import-markdown", page.toString(), "--list", GUIDE, "--data-dir",
                data.toString());
        assertEquals(1, run.status());
        assertEquals(TestData.read(caseDir.resolve("expected.txt")), run.err().replace(page.toString(), "page.md"));
    }
}
