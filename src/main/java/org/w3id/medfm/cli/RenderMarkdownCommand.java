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
import org.w3id.medfm.output.AtomicFiles;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.KnowledgeGraph;

/** {@code render-markdown}: write the awesome list's page from the checked data. */
@Command(name = "render-markdown", mixinStandardHelpOptions = true,
        description = "Validate the data and write the list's Markdown page: the seed's sections and tables, with "
                + "the graph's values; a cell where the graph corrects the list carries a numbered mark, explained "
                + "under Corrections. Without --out the page goes to standard output.")
final class RenderMarkdownCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the page to FILE (replaced as a whole).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KnowledgeGraph kg = new GraphBuilder(source.sources()).build();
        String page = new ListPageRenderer().render(kg.catalog());
        if (out == null) {
            spec.commandLine().getOut().print(page);
            return Main.OK;
        }
        Path dir = out.toAbsolutePath().getParent();
        AtomicFiles.writeAll(dir, Map.of(out.getFileName().toString(), page.getBytes(StandardCharsets.UTF_8)));
        spec.commandLine().getOut().printf("Wrote %s (%d rows).%n", out, kg.catalog().entries().size());
        return Main.OK;
    }
}
