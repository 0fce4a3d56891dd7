package org.w3id.medfm.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.w3id.medfm.records.ListShape;
import org.w3id.medfm.records.Listing;
import org.w3id.medfm.records.Scheme;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.source.Problems;

/**
 * Reads the rows of a page whose papers are written as prose rather than tables, with a CommonMark parser: a
 * paragraph per paper ({@link ListShape#PAPER_BLOCKS}: bold title, italic authors, {@code [date] [venue]},
 * links) or a bullet per paper ({@link ListShape#VENUE_BULLETS}: {@code [**Venue, Year**] **Name**: Title
 * [paper](...)}; {@link ListShape#NAME_BULLETS}: {@code Name: Title [[Paper]](...)}). Only rows under the list's
 * sections are read; a row there that lacks what its shape needs is a problem at its line.
 */
final class ProseRows {
    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    List<PageRow> read(String path, String markdown, ListShape shape, List<Scheme.Concept> sections,
            Problems problems) {
        Walker w = new Walker(path, shape, new SectionMatcher(sections), problems);
        parser.parse(markdown).accept(w);
        return w.rows;
    }

    private static final class Walker extends AbstractVisitor {
        private final String path;
        private final ListShape shape;
        private final SectionMatcher matcher;
        private final Problems problems;
        private final List<PageRow> rows = new ArrayList<>();
        private final Map<String, Integer> positions = new HashMap<>();

        Walker(String path, ListShape shape, SectionMatcher matcher, Problems problems) {
            this.path = path;
            this.shape = shape;
            this.matcher = matcher;
            this.problems = problems;
        }

        @Override
        public void visit(Heading heading) {
            matcher.heading(CellReader.text(heading).strip(), heading.getLevel());
        }

        @Override
        public void visit(BulletList list) {
            if (shape == ListShape.PAPER_BLOCKS) {
                return;
            }
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem li && li.getFirstChild() instanceof Paragraph p) {
                    matcher.current().ifPresent(section -> bullet(p, section.slug()));
                }
            }
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (shape == ListShape.PAPER_BLOCKS && paragraph.getFirstChild() instanceof StrongEmphasis) {
                matcher.current().ifPresent(section -> block(paragraph, section.slug()));
            }
        }

        /** A paper block: the lines of one paragraph, split at its line breaks. */
        private void block(Paragraph p, String section) {
            List<List<Node>> lines = lines(p);
            Origin at = new Origin(path, ListPageParser.line(p));
            String title = text(lines.get(0)).replace("🔥", "").strip();
            String authors = null;
            String date = null;
            String venue = null;
            List<Listing.Link> links = new ArrayList<>();
            for (List<Node> line : lines.subList(1, lines.size())) {
                if (line.stream().anyMatch(n -> n instanceof Link)) {
                    links.addAll(links(line));
                } else if (!line.isEmpty() && line.get(0) instanceof Emphasis) {
                    authors = text(line).strip();
                } else {
                    String[] parts = bracketed(text(line));
                    if (parts.length == 2) {
                        date = parts[0];
                        venue = parts[1];
                    }
                }
            }
            add(at, section, new Listing.Printed(null, empty(title), empty(authors), date, venue, links), "title");
        }

        /** A bullet: {@code [**Venue, Year**] **Name**: Title links} or {@code Name: Title links}. */
        private void bullet(Paragraph p, String section) {
            Origin at = new Origin(path, ListPageParser.line(p));
            List<Node> head = new ArrayList<>();
            List<Node> all = new ArrayList<>();
            for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
                all.add(n);
            }
            int firstLink = 0;
            while (firstLink < all.size() && !(all.get(firstLink) instanceof Link)) {
                head.add(all.get(firstLink++));
            }
            List<Listing.Link> links = links(all);
            if (shape == ListShape.NAME_BULLETS) {
                String title = text(head).replaceAll("\\[$", "").strip();
                add(at, section, new Listing.Printed(null, empty(title), null, null, null, links), "title");
                return;
            }
            venueBullet(at, section, head, links);
        }

        private void venueBullet(Origin at, String section, List<Node> head, List<Listing.Link> links) {
            int v = 0;
            while (v < head.size() && !(head.get(v) instanceof StrongEmphasis)) {
                v++;
            }
            String before = v < head.size() ? text(head.subList(0, v)).strip() : "";
            if (v == head.size() || !before.equals("[")) {
                problems.add(at, "venue", "a row starts with the venue and year in bold brackets ([**Venue, Year**])");
                add(at, section, new Listing.Printed(null, empty(text(head).strip()), null, null, null, links), "title");
                return;
            }
            String venue = CellReader.text(head.get(v)).strip();
            int n = v + 1;
            while (n < head.size() && !(head.get(n) instanceof StrongEmphasis)) {
                n++;
            }
            String between = text(head.subList(v + 1, n)).strip();
            String name = null;
            List<Node> rest = head.subList(v + 1, head.size());
            if (n < head.size() && between.equals("]")) {
                name = CellReader.text(head.get(n)).strip();
                rest = head.subList(n + 1, head.size());
            }
            String title = text(rest).strip();
            title = title.startsWith("]") ? title.substring(1).strip() : title;
            title = title.startsWith(":") ? title.substring(1).strip() : title;
            title = title.replaceAll("\\[$", "").strip();
            add(at, section, new Listing.Printed(name, empty(title), null, null, venue, links), "title");
        }

        private void add(Origin at, String section, Listing.Printed printed, String titleField) {
            int before = problems.list().size();
            if (printed.title() == null && printed.name() == null) {
                problems.add(at, titleField, "empty; every row needs the paper's title");
            }
            if (printed.links().isEmpty()) {
                problems.add(at, "links", "no link; every row needs a link to its paper");
            }
            for (Listing.Link l : printed.links()) {
                String why = RowReader.urlProblem(l.url());
                if (why != null) {
                    problems.add(at, "links", "'" + l.url() + "' " + why);
                }
            }
            int position = positions.merge(section, 1, Integer::sum);
            if (problems.list().size() == before) {
                rows.add(new PageRow(at, section, position, printed, null));
            }
        }

        private static List<Listing.Link> links(List<Node> nodes) {
            List<Listing.Link> out = new ArrayList<>();
            for (Node n : nodes) {
                if (n instanceof Link l && !(l.getFirstChild() instanceof Image)) {
                    String text = CellReader.text(l).replace("[", "").replace("]", "").strip();
                    out.add(new Listing.Link(text.isEmpty() ? "link" : text, unwrap(l.getDestination())));
                }
            }
            return out;
        }

        /** A destination wrapped in one more pair of parentheses ({@code [paper]((https://...))}) is read without. */
        private static String unwrap(String destination) {
            String d = destination.strip();
            return d.startsWith("(") && d.endsWith(")") ? d.substring(1, d.length() - 1).strip() : d;
        }

        private static List<List<Node>> lines(Paragraph p) {
            List<List<Node>> lines = new ArrayList<>();
            lines.add(new ArrayList<>());
            for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    lines.add(new ArrayList<>());
                } else if (!(n instanceof HtmlInline)) {
                    lines.get(lines.size() - 1).add(n);
                }
            }
            lines.removeIf(List::isEmpty);
            return lines;
        }

        private static String text(List<Node> nodes) {
            StringBuilder sb = new StringBuilder();
            for (Node n : nodes) {
                sb.append(n instanceof Text t ? t.getLiteral() : n instanceof SoftLineBreak ? " " : CellReader.text(n));
            }
            return sb.toString().replaceAll("\\s+", " ");
        }

        /** {@code [a] [b]}: the texts in the two brackets of one short line. */
        private static String[] bracketed(String line) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]\\s*\\[([^\\]]*)\\]")
                    .matcher(line.strip());
            return m.matches() ? new String[] {m.group(1).strip(), m.group(2).strip()} : new String[0];
        }

        private static String empty(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}
