package org.w3id.medfm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.w3id.medfm.markdown.MarkdownImport;

/** {@code import-markdown}: bring the data in line with a page of one of the lists it follows. */
@Command(name = "import-markdown", mixinStandardHelpOptions = true,
        description = "Read a page of one of the lists in DIR/lists/ (in that list's shape: the seed's tables, "
                + "paper blocks, or bullets) and match its rows to the data by paper. A paper no entry has becomes "
                + "DIR/entries/{slug}.yaml; a known paper gains or updates the list's listing. A full page (rows in "
                + "every section the data has the list's listings in) also moves listings to the page's order and "
                + "reports rows gone. Existing files only have their listings rewritten; if any row cannot be read, "
                + "nothing is written.")
final class ImportMarkdownCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.md", description = "The list page to read.")
    Path page;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
            description = "The data folder to add entries to; an empty or new folder is fine (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--list", paramLabel = "SLUG",
            description = "The list the page is, a slug of DIR/lists/ (default: the seed list).")
    String list;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "AUTO",
            description = "full (the page is the whole list: positions follow it, rows gone are reported), partial "
                    + "(a few rows to add: nothing moves) or auto (full when the page has rows in every section the "
                    + "data has listings of the list in; default).")
    MarkdownImport.Mode mode;

    @Option(names = "--drop-missing",
            description = "On a full page, drop the listings whose rows are gone (without it they are only reported).")
    boolean dropMissing;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MarkdownImport.Result r = new MarkdownImport().run(new MarkdownImport.Options(page, dataDir, list, mode,
                dropMissing));
        PrintWriter w = spec.commandLine().getOut();
        w.printf("%d new %s written; %d %s already in %s.%n", r.written().size(),
                r.written().size() == 1 ? "entry" : "entries", r.alreadyInData(),
                r.alreadyInData() == 1 ? "row was" : "rows were", dataDir);
        r.written().forEach(p -> w.printf("  %s%n", p));
        if (!r.updated().isEmpty()) {
            w.printf("%d %s updated for the list %s, read as %s (%d %s moved, %d dropped).%n",
                    r.updated().size(), r.updated().size() == 1 ? "file's listings" : "files' listings", r.list(),
                    r.full() ? "the full list" : "rows to add", r.moved(), r.moved() == 1 ? "listing" : "listings",
                    r.dropped());
        }
        if (!r.gone().isEmpty()) {
            w.printf("%d %s of %s not on the page%s:%n", r.gone().size(), r.gone().size() == 1 ? "listing" : "listings",
                    r.list(), r.dropped() > 0 ? "" : " (kept; --drop-missing drops them)");
            r.gone().forEach(g -> w.printf("  %s%n", g));
        }
        if (!r.differences().isEmpty()) {
            w.printf("%d %s between the page and the data (the data was kept):%n", r.differences().size(),
                    r.differences().size() == 1 ? "difference" : "differences");
            r.differences().forEach(d -> w.printf("  %s%n", d));
        }
        if (!r.schemesChecked()) {
            w.printf("%s has no schemes/: section, modality and method names were turned into slugs unchecked.%n",
                    dataDir);
        }
        if (!r.written().isEmpty()) {
            w.println("Next: check each new file's label and slug, add derivedFrom (or uses), identifiers and "
                    + "sources, then run validate.");
        }
        return Main.OK;
    }
}
