package org.w3id.medfm.markdown;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.source.Problems;

/**
 * Reads a page in the seed's shape with a CommonMark parser (GFM tables, source spans on): every table, the
 * heading it stands under, and its body rows with their cells. It knows the table's shape, not the data: what
 * a cell's value means is {@link RowReader}'s business.
 */
public final class ListPageParser {
    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** Parses {@code markdown}, read from {@code path} (which problems name). */
    public ParsedPage parse(String path, String markdown) {
        Walker walker = new Walker(path);
        parser.parse(markdown).accept(walker);
        return new ParsedPage(List.copyOf(walker.sections), List.copyOf(walker.rows), walker.problems.list());
    }

    /** The 1-based line a node starts on, from its source span. */
    static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    /** Visits headings and tables in page order, remembering the last heading. */
    private static final class Walker extends AbstractVisitor {
        private final String path;
        private final Problems problems = new Problems();
        private final List<Heading> sections = new ArrayList<>();
        private final List<SourceRow> rows = new ArrayList<>();
        private Heading current;

        Walker(String path) {
            this.path = path;
        }

        @Override
        public void visit(org.commonmark.node.Heading heading) {
            current = new Heading(CellReader.text(heading).strip(), heading.getLevel(), new Origin(path, line(heading)));
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock table) {
                table(table);
            } else {
                visitChildren(block);
            }
        }

        private void table(TableBlock table) {
            Origin at = new Origin(path, line(table));
            List<Column> columns = header(table, at);
            if (columns == null) {
                return;
            }
            if (current == null) {
                problems.add(at, "section", "a table of the list must stand under a heading that names its section");
                return;
            }
            sections.add(current);
            int position = 0;
            for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof TableBody body) {
                    for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                        rows.add(row((TableRow) row, columns, ++position));
                    }
                }
            }
        }

        /** The columns named by the header row, or null (and a problem) when it is not the list's header. */
        private List<Column> header(TableBlock table, Origin at) {
            List<Column> columns = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            if (table.getFirstChild() instanceof TableHead head && head.getFirstChild() instanceof TableRow row) {
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    String text = CellReader.text(cell).strip();
                    Column.forHeader(text).ifPresentOrElse(columns::add, () -> unknown.add(text));
                }
            }
            List<Column> missing = new ArrayList<>(List.of(Column.values()));
            missing.removeAll(columns);
            if (unknown.isEmpty() && missing.isEmpty() && columns.size() == Column.values().length) {
                return columns;
            }
            problems.add(at, "header", "not a table of the list: its header must name the columns " + Column.headers()
                    + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown))
                    + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing.stream().map(Column::header).toList())));
            return null;
        }

        private SourceRow row(TableRow row, List<Column> columns, int position) {
            Map<Column, Cell> cells = new EnumMap<>(Column.class);
            int i = 0;
            for (Node cell = row.getFirstChild(); cell != null && i < columns.size(); cell = cell.getNext()) {
                cells.put(columns.get(i++), CellReader.read((TableCell) cell));
            }
            return new SourceRow(new Origin(path, line(row)), current, position, cells);
        }
    }
}
