package org.w3id.medfm.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.medfm.records.CorrectableField;
import org.w3id.medfm.records.ListedValues;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.source.Problems;

/**
 * Reads the cells of a {@link SourceRow} into a {@link ListedRow}: the Year a year, the Paper one link (its text
 * the venue), the Code one link or {@code -}, the Weights a mark, the Modality, Method and section names of the
 * schemes. A cell it cannot read is a problem at the row's line; a section it does not know, one at the
 * heading's line.
 */
public final class RowReader {
    /** The list's mark for published weights. */
    public static final String WEIGHTS_YES = "✅";
    /** The mark {@code render-markdown} writes where weights are not published. */
    public static final String WEIGHTS_NO = "❌";
    private static final int FIRST_YEAR = 1950;

    private final Vocabulary vocabulary;
    private final Problems problems;
    private final Set<Origin> badSections = new HashSet<>();

    public RowReader(Vocabulary vocabulary, Problems problems) {
        this.vocabulary = vocabulary;
        this.problems = problems;
    }

    /** The row's values, or null when a cell could not be read (each such cell is a problem). */
    public ListedRow read(SourceRow row) {
        Map<CorrectableField, String> v = new EnumMap<>(CorrectableField.class);
        int before = problems.list().size();
        section(row.section()).ifPresent(s -> v.put(CorrectableField.PARADIGM, s));
        put(v, CorrectableField.YEAR, year(row));
        put(v, CorrectableField.MODALITY, concept(row, Column.MODALITY, "modality"));
        put(v, CorrectableField.TITLE, title(row));
        paper(row, v);
        put(v, CorrectableField.CODE, code(row));
        put(v, CorrectableField.OPEN_WEIGHTS, weights(row));
        put(v, CorrectableField.METHOD, concept(row, Column.METHOD, "method"));
        boolean ok = problems.list().size() == before && v.size() == CorrectableField.values().length;
        return ok ? new ListedRow(row.origin(), row.position(), v) : null;
    }

    private static void put(Map<CorrectableField, String> v, CorrectableField field, String value) {
        if (value != null) {
            v.put(field, value);
        }
    }

    private Optional<String> section(Heading h) {
        Optional<String> slug = vocabulary.slug("paradigm", h.text());
        if (slug.isEmpty() && badSections.add(h.origin())) {
            problems.add(h.origin(), "section", "'" + h.text() + "' is not a section of the list ("
                    + vocabulary.labels("paradigm") + ")");
        }
        return slug;
    }

    private String year(SourceRow row) {
        String text = text(row, Column.YEAR);
        int last = Year.now().getValue() + 1;
        try {
            int y = Integer.parseInt(text);
            if (y >= FIRST_YEAR && y <= last) {
                return Integer.toString(y);
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        return problem(row, Column.YEAR, "'" + text + "' is not a year (" + FIRST_YEAR + ".." + last + ")");
    }

    private String concept(SourceRow row, Column column, String scheme) {
        String text = text(row, column);
        return vocabulary.slug(scheme, text).orElseGet(() -> problem(row, column,
                "'" + text + "' is not a " + scheme + " of the list (" + vocabulary.labels(scheme) + ")"));
    }

    private String title(SourceRow row) {
        String text = text(row, Column.TITLE);
        return text.isEmpty() ? problem(row, Column.TITLE, "empty; every row needs the paper's title") : text;
    }

    private void paper(SourceRow row, Map<CorrectableField, String> v) {
        Cell cell = row.cell(Column.PAPER);
        if (!cell.isOneLink() || cell.text().isEmpty()) {
            problem(row, Column.PAPER, "'" + cell.canonical() + "' is not one link [venue](URL)");
            return;
        }
        Cell.Link link = cell.links().get(0);
        put(v, CorrectableField.PAPER, url(row, Column.PAPER, link.destination()));
        v.put(CorrectableField.VENUE, link.text());
    }

    private String code(SourceRow row) {
        Cell cell = row.cell(Column.CODE);
        if (cell.links().isEmpty() && ListedValues.EMPTY.equals(cell.text())) {
            return ListedValues.EMPTY;
        }
        if (!cell.isOneLink()) {
            return problem(row, Column.CODE, "'" + cell.canonical() + "' is neither one link [GitHub](URL) nor "
                    + ListedValues.EMPTY);
        }
        return url(row, Column.CODE, cell.links().get(0).destination());
    }

    private String weights(SourceRow row) {
        String mark = text(row, Column.WEIGHTS).replace("\uFE0F", "");
        if (mark.equals(WEIGHTS_YES)) {
            return "true";
        }
        if (mark.equals(WEIGHTS_NO) || mark.equals(ListedValues.EMPTY)) {
            return "false";
        }
        return problem(row, Column.WEIGHTS, "'" + mark + "' is not a mark of the column (" + WEIGHTS_YES
                + " for published weights, " + WEIGHTS_NO + " or " + ListedValues.EMPTY + " for none)");
    }

    /** An absolute http(s) URL with a host name, as the data's {@code paper} and {@code code} must be. */
    private String url(SourceRow row, Column column, String url) {
        String why = urlProblem(url);
        return why == null ? url : problem(row, column, "'" + url + "' " + why);
    }

    /** Why {@code url} is no absolute http(s) URL with a host name, or null when it is one. */
    static String urlProblem(String url) {
        try {
            URI uri = new URI(url);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (web && uri.getHost() != null && uri.getHost().contains(".")) {
                return null;
            }
        } catch (URISyntaxException e) {
            return "is not a valid URL: " + e.getReason();
        }
        return "is not an http(s) URL with a host name";
    }

    private static String text(SourceRow row, Column column) {
        return row.cell(column).text();
    }

    private String problem(SourceRow row, Column column, String message) {
        problems.add(row.origin(), column.header(), message);
        return null;
    }
}
