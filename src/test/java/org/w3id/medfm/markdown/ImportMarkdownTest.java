package org.w3id.medfm.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medfm.TestData;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.CorrectableField;
import org.w3id.medfm.records.DataLoader;
import org.w3id.medfm.records.ListedValues;
import org.w3id.medfm.records.Thing;

/** {@code import-markdown}: the seed into an empty folder gives the 40 entries of {@code data/}, as listed. */
class ImportMarkdownTest {
    static final Path DATA = Path.of("data");
    static Catalog bundled;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadBundled() throws Exception {
        bundled = new DataLoader().load(DATA);
    }

    @Test
    void seedIntoAnEmptyFolderAgreesWithTheDataOnEveryListedField() throws Exception {
        copyTree(DATA.resolve("schemes"), tmp.resolve("schemes"));
        copyTree(DATA.resolve("lists"), tmp.resolve("lists"));
        TestData.Run run = TestData.run("import-markdown", ListPages.SEED.toString(), "--data-dir", tmp.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("40 new entries written; 0 rows were already in " + tmp), run.out());
        Catalog imported = new DataLoader().load(tmp);
        assertEquals(40, imported.entries().size());
        Map<String, Thing> byPaper = bundled.entries().stream().collect(Collectors.toMap(
                t -> ListedValues.listed(t, CorrectableField.PAPER), Function.identity()));
        for (Thing mine : imported.entries()) {
            Thing theirs = byPaper.get(ListedValues.listed(mine, CorrectableField.PAPER));
            assertTrue(theirs != null, mine.slug() + ": no entry of data/ has its paper link");
            for (CorrectableField f : CorrectableField.values()) {
                assertEquals(ListedValues.listed(theirs, f), ListedValues.listed(mine, f), theirs.slug() + " " + f);
            }
            assertEquals(theirs.paradigmListing().orElseThrow().position(), mine.paradigmListing().orElseThrow().position(), theirs.slug() + " position");
        }
    }

    @Test
    void withoutSchemesTheNamesBecomeSlugsThatValidateOnceSchemesAreThere() throws Exception {
        copyTree(DATA.resolve("lists"), tmp.resolve("lists"));
        TestData.Run run = TestData.run("import-markdown", ListPages.SEED.toString(), "--data-dir", tmp.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("has no schemes/: section, modality and method names were turned into slugs"
                + " unchecked"), run.out());
        try (Stream<Path> files = Files.list(tmp.resolve("entries"))) {
            assertEquals(40, files.count());
        }
        copyTree(DATA.resolve("schemes"), tmp.resolve("schemes"));
        TestData.Run validate = TestData.run("validate", "--data-dir", tmp.toString(), "--ontology-dir",
                TestData.ONTOLOGY.toString());
        assertEquals(0, validate.status(), validate.err());
    }

    @Test
    void theSeedAgainstTheBundledDataAddsNothing() throws Exception {
        Path copy = tmp.resolve("data");
        copyTree(DATA, copy);
        TestData.Run run = TestData.run("import-markdown", ListPages.SEED.toString(), "--data-dir", copy.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("0 new entries written; 40 rows were already in " + copy + ".\n", run.out());
    }

    @Test
    void aNewRowBecomesOneNewEntryFile() throws Exception {
        Path copy = tmp.resolve("data");
        copyTree(DATA, copy);
        Path page = tmp.resolve("list.md");
        Files.writeString(page, seedWithRowAfterLast("| 2024 | Text | Me-LLaMA: Foundation Large Language Models for"
                + " Medical Applications | [arXiv](https://arxiv.org/abs/2402.12749) |"
                + " [GitHub](https://github.com/BIDS-Xu-Lab/Me-LLaMA) | ✅ | Development |"));
        TestData.Run run = TestData.run("import-markdown", page.toString(), "--data-dir", copy.toString());
        assertEquals(0, run.status(), run.err());
        Path written = copy.resolve("entries/me-llama.yaml");
        assertEquals("1 new entry written; 40 rows were already in " + copy + ".\n  " + written + "\nNext: check each"
                + " new file's label and slug, add derivedFrom (or uses), identifiers and sources, then run validate.\n",
                run.out());
        assertEquals(TestData.read(ListPages.CASES.resolve("issue-5-new-row/me-llama.yaml")), TestData.read(written));
        assertEquals(0, TestData.run("validate", "--data-dir", copy.toString()).status());
    }

    @Test
    void rowsThatCannotBeReadAreReportedWithTheirLinesAndNothingIsWritten() throws Exception {
        copyTree(DATA.resolve("schemes"), tmp.resolve("schemes"));
        copyTree(DATA.resolve("lists"), tmp.resolve("lists"));
        Path caseDir = ListPages.CASES.resolve("issue-5-bad-rows");
        Path page = caseDir.resolve("page.md");
        TestData.Run run = TestData.run("import-markdown", page.toString(), "--data-dir", tmp.toString());
        String expected = TestData.read(caseDir.resolve("expected.txt"))
                .replace("${NEXT_YEAR}", Integer.toString(java.time.Year.now().getValue() + 1));
        assertEquals(expected, run.err().replace(page.toString(), "page.md"));
        assertEquals(1, run.status());
        assertEquals("", run.out());
        assertFalse(Files.exists(tmp.resolve("entries")), "nothing written");
    }

    @Test
    void aMissingPageIsBadInput() {
        TestData.Run run = TestData.run("import-markdown", tmp.resolve("nothing.md").toString(), "--data-dir",
                tmp.toString());
        assertEquals(1, run.status());
        assertEquals(tmp.resolve("nothing.md") + ": no such file\n1 problem in the input\n", run.err());
    }

    @Test
    void newFilesNeverReplaceAnExistingOneAndComeAllOrNone() throws IOException {
        Path taken = tmp.resolve("b.yaml");
        Files.writeString(taken, "kept");
        Map<Path, byte[]> files = new java.util.LinkedHashMap<>();
        files.put(tmp.resolve("a.yaml"), "new a".getBytes());
        files.put(taken, "new b".getBytes());
        try {
            NewFiles.createAll(tmp, files);
            throw new AssertionError("an existing file was replaced");
        } catch (java.nio.file.FileAlreadyExistsException expected) {
            assertEquals("kept", Files.readString(taken));
            assertFalse(Files.exists(tmp.resolve("a.yaml")), "the files already moved are removed again");
            try (Stream<Path> left = Files.list(tmp)) {
                assertEquals(List.of(taken), left.toList(), "no temporary files left");
            }
        }
    }

    /** The seed with one more row after its last table row. */
    private static String seedWithRowAfterLast(String row) {
        String seed = TestData.read(ListPages.SEED);
        int last = ListPages.seed(bundled).page().rows().get(39).origin().line();
        List<String> lines = new ArrayList<>(seed.lines().toList());
        lines.add(last, row);
        return String.join("\n", lines) + "\n";
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
