package org.w3id.medfm.markdown;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.w3id.medfm.records.CorrectableField;
import org.w3id.medfm.records.ListedValues;
import org.w3id.medfm.records.Thing;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.source.Problem;
import org.w3id.medfm.source.Problems;

/**
 * {@code import-markdown}: reads a page in the seed's shape and writes an entry file for every row the data
 * folder does not hold yet. A row is already held when an entry's paper link, as listed or as corrected, is the
 * row's. Every problem of the page is reported at once and then nothing is written; an existing file is never
 * overwritten.
 */
public final class MarkdownImport {
    static final String SEED_LIST = "awesome-medical-foundation-models";
    /** What to import where. */
    public record Options(Path page, Path dataDir) {
    }

    /**
     * What was done.
     *
     * @param written the new entry files, in page order
     * @param alreadyInData rows the data folder already held
     * @param schemesChecked false when the folder had no schemes, so section, modality and method names were
     *     turned into slugs unchecked
     */
    public record Result(List<Path> written, int alreadyInData, boolean schemesChecked) {
    }

    public Result run(Options options) throws DataException, IOException {
        String path = options.page().toString();
        String text = readUtf8(options.page());
        ExistingData existing = ExistingData.load(options.dataDir());
        Vocabulary vocabulary = existing.schemes().isEmpty() ? Vocabulary.unchecked() : Vocabulary.of(existing.schemes());
        Problems problems = new Problems();
        ParsedPage page = new ListPageParser().parse(path, text);
        problems.addAll(page.problems());
        if (page.rows().isEmpty() && page.problems().isEmpty()) {
            problems.add(new Origin(path, 0), "", "no table of the list found (a heading, then a table with the columns "
                    + Column.headers() + ")");
        }
        RowReader reader = new RowReader(vocabulary, problems);
        List<ListedRow> rows = page.rows().stream().map(reader::read).filter(Objects::nonNull).toList();
        List<ListedRow> fresh = newRows(rows, existing, problems);
        List<NewEntry> entries = name(fresh, existing);
        Path dir = options.dataDir().resolve(ExistingData.ENTRIES);
        for (NewEntry e : entries) {
            if (Files.exists(dir.resolve(e.slug() + ".yaml"))) {
                problems.add(e.row().origin(), "slug", "refusing to overwrite " + dir.resolve(e.slug() + ".yaml"));
            }
        }
        problems.throwIfAny();
        List<Path> written = write(options, existing.fresh(), entries);
        return new Result(written, rows.size() - fresh.size(), vocabulary.isChecked());
    }

    /** The rows whose paper no entry has; a paper twice on the page, or a row whose place is taken, is a problem. */
    private static List<ListedRow> newRows(List<ListedRow> rows, ExistingData existing, Problems problems) {
        Map<String, Thing> papers = new HashMap<>();
        Map<String, Thing> places = new HashMap<>();
        for (Thing t : existing.entries()) {
            papers.put(ListedValues.current(t, CorrectableField.PAPER), t);
            papers.put(ListedValues.listed(t, CorrectableField.PAPER), t);
            t.paradigmListing().ifPresent(l -> places.put(place(l.section(), l.position()), t));
        }
        Map<String, ListedRow> seen = new HashMap<>();
        List<ListedRow> out = new ArrayList<>();
        for (ListedRow r : rows) {
            String paper = r.value(CorrectableField.PAPER);
            ListedRow first = seen.putIfAbsent(paper, r);
            Thing taken = places.get(place(r.value(CorrectableField.PARADIGM), r.position()));
            if (first != null) {
                problems.add(r.origin(), Column.PAPER.header(), "the same paper link as the row at line " + first.origin().line());
            } else if (!papers.containsKey(paper) && taken != null) {
                problems.add(r.origin(), "row", "row " + r.position() + " of " + r.value(CorrectableField.PARADIGM)
                        + " is entry '" + taken.slug() + "' (" + taken.origin().path() + "), whose paper is not this"
                        + " row's; rows were inserted or moved: renumber the entries' rows first");
            } else if (!papers.containsKey(paper)) {
                out.add(r);
            }
        }
        return out;
    }

    private static String place(String paradigm, int row) {
        return paradigm + "#" + row;
    }

    private static List<NewEntry> name(List<ListedRow> rows, ExistingData existing) {
        Set<String> taken = new HashSet<>(existing.slugs());
        List<NewEntry> out = new ArrayList<>();
        for (ListedRow r : rows) {
            String label = ShortNames.label(r.value(CorrectableField.TITLE));
            String slug = ShortNames.slug(label, taken);
            taken.add(slug);
            out.add(new NewEntry(r, slug, label, SEED_LIST));
        }
        return out;
    }

    private static List<Path> write(Options options, boolean freshFolder, List<NewEntry> entries) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Path dir = options.dataDir().resolve(ExistingData.ENTRIES);
        String pageName = options.page().getFileName().toString();
        for (NewEntry e : entries) {
            files.put(dir.resolve(e.slug() + ".yaml"), EntryYaml.write(e, pageName));
        }
        if (!files.isEmpty()) {
            Files.createDirectories(dir);
            if (freshFolder) {
                Files.createDirectories(options.dataDir().resolve(ExistingData.MODELS));
            }
            NewFiles.createAll(dir, files);
        }
        return List.copyOf(files.keySet());
    }

    private static String readUtf8(Path page) throws DataException, IOException {
        if (!Files.isRegularFile(page)) {
            throw new DataException(new Problem(page.toString(), 0, "", "no such file"));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(page))).toString();
        } catch (CharacterCodingException e) {
            throw new DataException(new Problem(page.toString(), 0, "", "the file is not UTF-8; save it as UTF-8"));
        }
    }
}
