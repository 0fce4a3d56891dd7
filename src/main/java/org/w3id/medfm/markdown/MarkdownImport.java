package org.w3id.medfm.markdown;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.medfm.records.ListShape;
import org.w3id.medfm.records.Listing;
import org.w3id.medfm.records.SourceList;
import org.w3id.medfm.records.Thing;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.source.Problem;
import org.w3id.medfm.source.Problems;

/**
 * {@code import-markdown}: reads a page of one of the lists the data follows (in that list's shape) and brings
 * the data in line with it, by paper: a row whose paper no entry has becomes a new entry file; a known paper
 * gains or updates that list's listing. Every problem of the page is reported at once, and then nothing is
 * written; an existing file only ever has its {@code listings:} block rewritten.
 */
public final class MarkdownImport {
    /**
     * What to import where.
     *
     * @param list the slug of the list the page is; null for the seed list (the one filed under paradigms)
     * @param mode whether the page is the full list (sync positions, report rows gone) or a few rows to add;
     *     {@code AUTO} decides by whether the page has rows in every section the data has this list's listings in
     * @param dropMissing on a full page, drop the listings whose rows are gone (else they are only reported)
     */
    public record Options(Path page, Path dataDir, String list, Mode mode, boolean dropMissing) {
        public Options(Path page, Path dataDir) {
            this(page, dataDir, null, Mode.AUTO, false);
        }
    }

    /** Whether a page is the full list, a few rows to add, or either, judged by its rows. */
    public enum Mode { AUTO, FULL, PARTIAL }

    /**
     * What was done.
     *
     * @param written the new entry files, in page order
     * @param updated existing files whose listings changed
     * @param alreadyInData rows whose paper the data already had
     * @param full whether the page was taken as the full list
     * @param differences where the page and the data disagree and the data was kept, one line each
     * @param gone listings of this list whose rows are not on the (full) page
     * @param schemesChecked false when the folder had no schemes, so section, modality and method names were
     *     turned into slugs unchecked
     */
    public record Result(String list, List<Path> written, List<Path> updated, int alreadyInData, boolean full,
            int moved, int dropped, List<String> differences, List<String> gone, boolean schemesChecked) {
    }

    public Result run(Options options) throws DataException, IOException {
        String path = options.page().toString();
        String text = readUtf8(options.page());
        ExistingData existing = ExistingData.load(options.dataDir());
        SourceList list = list(existing, options);
        Vocabulary vocabulary = existing.schemes().isEmpty() ? Vocabulary.unchecked() : Vocabulary.of(existing.schemes());
        Problems problems = new Problems();
        List<PageRow> rows = rows(path, text, list, existing, vocabulary, problems);
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Origin(path, 0), "", "no row of the list " + list.slug() + " found under its sections ("
                    + existing.sections(list).stream().map(c -> c.label()).collect(Collectors.joining(", ")) + ")");
        }
        ListingSync.Plan plan = new ListingSync(list, existing.things(), problems)
                .plan(rows, options.mode(), options.dropMissing(), existing.slugs());
        Path dir = options.dataDir().resolve(ExistingData.ENTRIES);
        for (NewEntry e : plan.created()) {
            if (Files.exists(dir.resolve(e.slug() + ".yaml"))) {
                problems.add(e.first().origin(), "slug", "refusing to overwrite " + dir.resolve(e.slug() + ".yaml"));
            }
        }
        problems.throwIfAny();
        List<Path> written = write(options, existing.fresh(), list, plan);
        List<Path> updated = update(plan);
        return new Result(list.slug(), written, updated, plan.known(), plan.full(), plan.moved(), plan.dropped(),
                plan.differences(), plan.gone(), vocabulary.isChecked());
    }

    private static SourceList list(ExistingData existing, Options options) throws DataException {
        String dir = options.dataDir().resolve(ExistingData.LISTS).toString();
        if (options.list() == null) {
            return existing.lists().stream().filter(SourceList::isParadigmList).findFirst().orElseThrow(() ->
                    new DataException(new Problem(dir, 0, "", "no list filed under the paradigm scheme (the seed"
                            + " list); name the list with --list, or copy data/lists/ here")));
        }
        return existing.lists().stream().filter(l -> l.slug().equals(options.list())).findFirst().orElseThrow(() ->
                new DataException(new Problem(dir, 0, "list", "no list '" + options.list() + "' (known: "
                        + existing.lists().stream().map(SourceList::slug).collect(Collectors.joining(", ")) + ")")));
    }

    private static List<PageRow> rows(String path, String text, SourceList list, ExistingData existing,
            Vocabulary vocabulary, Problems problems) {
        if (list.shape() != ListShape.TABLE) {
            return new ProseRows().read(path, text, list.shape(), existing.sections(list), problems);
        }
        ParsedPage page = new ListPageParser().parse(path, text);
        problems.addAll(page.problems());
        RowReader reader = new RowReader(vocabulary, problems);
        return page.rows().stream().map(reader::read).filter(Objects::nonNull)
                .map(r -> new PageRow(r.origin(), r.value(org.w3id.medfm.records.CorrectableField.PARADIGM),
                        r.position(), Listing.Printed.NONE, r))
                .toList();
    }

    private static List<Path> write(Options options, boolean freshFolder, SourceList list, ListingSync.Plan plan)
            throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Path dir = options.dataDir().resolve(ExistingData.ENTRIES);
        String pageName = options.page().getFileName().toString();
        for (NewEntry e : plan.created()) {
            List<Listing> listings = new ArrayList<>();
            for (NewEntry.Placed p : e.rows()) {
                listings.add(new Listing(list.slug(), p.row().section(), p.position(), p.row().printed(),
                        list.isParadigmList(), p.row().origin()));
            }
            files.put(dir.resolve(e.slug() + ".yaml"), EntryYaml.write(e, pageName, listings));
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

    private static List<Path> update(ListingSync.Plan plan) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Set<Path> seen = new HashSet<>();
        for (Map.Entry<Thing, List<Listing>> e : plan.changed().entrySet()) {
            Path file = Path.of(e.getKey().origin().path());
            if (seen.add(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                files.put(file, EntryYaml.withListings(text, e.getValue()));
            }
        }
        NewFiles.replaceAll(files);
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
