package org.w3id.medfm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.w3id.medfm.markdown.MarkdownImport;

/** {@code import-markdown}: write an entry file for every row of a list page that the data does not hold yet. */
@Command(name = "import-markdown", mixinStandardHelpOptions = true,
        description = "Read a page in the shape of the awesome list (section headings, then tables of Year, "
                + "Modality, Title, Paper, Code, Weights, Method) and write DIR/entries/{slug}.yaml for every row "
                + "whose paper link no entry has. Existing files are never overwritten; if any row cannot be read, "
                + "nothing is written.")
final class ImportMarkdownCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.md", description = "The list page to read.")
    Path page;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
            description = "The data folder to add entries to; an empty or new folder is fine (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MarkdownImport.Result r = new MarkdownImport().run(new MarkdownImport.Options(page, dataDir));
        PrintWriter w = spec.commandLine().getOut();
        w.printf("%d new %s written; %d %s already in %s.%n", r.written().size(),
                r.written().size() == 1 ? "entry" : "entries", r.alreadyInData(),
                r.alreadyInData() == 1 ? "row was" : "rows were", dataDir);
        r.written().forEach(p -> w.printf("  %s%n", p));
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
