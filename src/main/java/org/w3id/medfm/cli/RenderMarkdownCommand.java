package org.w3id.medfm.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.w3id.medfm.markdown.ListPageRenderer;
import org.w3id.medfm.markdown.ProsePageRenderer;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.ListShape;
import org.w3id.medfm.records.SourceList;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Problem;
import org.w3id.medfm.output.AtomicFiles;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.KnowledgeGraph;

/** {@code render-markdown}: write a list's page from the checked data. */
@Command(name = "render-markdown", mixinStandardHelpOptions = true,
        description = "Validate the data and write a list's Markdown page, row for row from its listings. For the "
                + "seed list (the default): its sections and tables with the graph's values, a cell where the graph "
                + "corrects the list carrying a numbered mark, explained under Corrections. For any other list "
                + "(--list SLUG): its sections, in its own shape, with what it printed. Without --out the page goes "
                + "to standard output.")
final class RenderMarkdownCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the page to FILE (replaced as a whole).")
    Path out;

    @Option(names = "--list", paramLabel = "SLUG", description = "The list to render, a slug of data/lists/ "
            + "(default: the seed list).")
    String list;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KnowledgeGraph kg = new GraphBuilder(source.sources()).build();
        Catalog catalog = kg.catalog();
        SourceList which = list == null ? catalog.paradigmList().orElse(null) : catalog.list(list).orElse(null);
        if (which == null) {
            throw new DataException(new Problem(source.sources().dataDir().resolve("lists").toString(), 0, "list",
                    list == null ? "no seed list (a list with scheme: paradigm)" : "no list '" + list + "' (known: "
                    + String.join(", ", catalog.lists().stream().map(SourceList::slug).toList()) + ")"));
        }
        String page = which.shape() == ListShape.TABLE ? new ListPageRenderer().render(catalog)
                : new ProsePageRenderer().render(catalog, which);
        long rows = catalog.things().stream().mapToLong(t -> t.listingsOf(which.slug()).size()).sum();
        if (out == null) {
            spec.commandLine().getOut().print(page);
            return Main.OK;
        }
        Path dir = out.toAbsolutePath().getParent();
        AtomicFiles.writeAll(dir, Map.of(out.getFileName().toString(), page.getBytes(StandardCharsets.UTF_8)));
        spec.commandLine().getOut().printf("Wrote %s (%d rows).%n", out, rows);
        return Main.OK;
    }
}
