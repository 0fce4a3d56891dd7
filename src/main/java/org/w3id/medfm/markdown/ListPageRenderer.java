package org.w3id.medfm.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.Correction;
import org.w3id.medfm.records.Scheme;
import org.w3id.medfm.records.Thing;

/**
 * {@code render-markdown}: the list's page from the data. Sections are the paradigm scheme's concepts in the
 * scheme's order (a narrower concept one heading level down), rows are the entries of each section by their
 * {@code row}, and the cells show the graph's values. Where that departs from the list, the cell carries a
 * numbered mark that the Corrections section explains; a section correction is only a proposal, so the row
 * stays where the list files it and the mark stands on its title. The text around the tables is the template
 * {@code list-page.md}.
 */
public final class ListPageRenderer {
    static final String TEMPLATE = "list-page.md";
    private static final int TOP_LEVEL = 3;
    private static final int DEEPEST = 6;
    private static final String RULE = "---\n\n";

    public String render(Catalog catalog) {
        Scheme paradigms = catalog.scheme("paradigm").orElseThrow(
                () -> new IllegalArgumentException("the catalog has no paradigm scheme"));
        CellValues values = new CellValues(Vocabulary.of(catalog.schemes()));
        CorrectionNotes notes = new CorrectionNotes(values);
        Map<String, List<Thing>> bySection = catalog.entries().stream().filter(t -> t.paradigmListing().isPresent())
                .sorted(Comparator.comparingInt(t -> t.paradigmListing().orElseThrow().position()))
                .collect(Collectors.groupingBy(t -> t.paradigmListing().orElseThrow().section()));
        Sections sections = new Sections(paradigms, bySection, values, notes);
        StringBuilder papers = new StringBuilder();
        for (Scheme.Concept top : sections.narrower(null)) {
            sections.write(top, TOP_LEVEL, papers);
            papers.append(RULE);
        }
        return template().replace("{{contents}}", contents(sections))
                .replace("{{papers}}", papers.toString())
                .replace("{{corrections}}", notes.markdown());
    }

    private static String contents(Sections sections) {
        StringBuilder sb = new StringBuilder();
        for (Scheme.Concept top : sections.narrower(null)) {
            sb.append("- ").append(MarkdownText.link(top.label(), MarkdownText.anchor(top.label()))).append('\n');
            for (Scheme.Concept child : sections.narrower(top.slug())) {
                sb.append("  - ").append(MarkdownText.link(child.label(), MarkdownText.anchor(child.label())))
                        .append('\n');
            }
        }
        return sb.append("- ").append(MarkdownText.link("Corrections", Marks.ANCHOR)).append('\n').toString();
    }

    private static String template() {
        try (InputStream in = ListPageRenderer.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the page template " + TEMPLATE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sections of the page, and the writing of one section with its table and its narrower sections. */
    private record Sections(Scheme scheme, Map<String, List<Thing>> bySection, CellValues values,
            CorrectionNotes notes) {

        List<Scheme.Concept> narrower(String broader) {
            return scheme.concepts().stream().filter(c -> Objects.equals(c.broader(), broader)).toList();
        }

        void write(Scheme.Concept concept, int level, StringBuilder out) {
            out.append("#".repeat(Math.min(level, DEEPEST))).append(' ').append(MarkdownText.text(concept.label()))
                    .append("\n\n");
            List<Thing> rows = bySection.getOrDefault(concept.slug(), List.of());
            List<Scheme.Concept> children = narrower(concept.slug());
            if (!rows.isEmpty() || children.isEmpty()) {
                table(rows, out);
            }
            for (Scheme.Concept child : children) {
                write(child, level + 1, out);
            }
        }

        private void table(List<Thing> rows, StringBuilder out) {
            StringBuilder header = new StringBuilder("|");
            StringBuilder rule = new StringBuilder("|");
            for (Column c : Column.values()) {
                header.append(' ').append(c.header()).append(" |");
                rule.append("-".repeat(c.header().length() + 2)).append('|');
            }
            out.append(header).append('\n').append(rule).append('\n');
            for (Thing t : rows) {
                out.append(row(t)).append('\n');
            }
            out.append('\n');
        }

        private String row(Thing t) {
            StringBuilder sb = new StringBuilder("|");
            for (Column c : Column.values()) {
                sb.append(' ').append(values.cell(c, t));
                for (Correction k : t.corrections()) {
                    if (Column.showing(k.field()) == c && k.listing().equals(t.paradigmListing().orElseThrow().list())) {
                        sb.append(' ').append(notes.mark(t, k));
                    }
                }
                sb.append(" |");
            }
            return sb.toString();
        }
    }
}
