package org.w3id.medfm.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.medfm.records.CorrectableField;

/** The columns of the list's tables, in the seed's order, with the fields each one gives. */
public enum Column {
    YEAR("Year", CorrectableField.YEAR),
    MODALITY("Modality", CorrectableField.MODALITY),
    TITLE("Title", CorrectableField.TITLE),
    PAPER("Paper", CorrectableField.PAPER, CorrectableField.VENUE),
    CODE("Code", CorrectableField.CODE),
    WEIGHTS("Weights", CorrectableField.OPEN_WEIGHTS),
    METHOD("Method", CorrectableField.METHOD);

    private final String header;
    private final List<CorrectableField> fields;

    Column(String header, CorrectableField... fields) {
        this.header = header;
        this.fields = List.of(fields);
    }

    /** The header cell's text, which also names the column in problems. */
    public String header() {
        return header;
    }

    /** The fields this column's cell gives (the Paper cell gives the link and its text, the venue). */
    public List<CorrectableField> fields() {
        return fields;
    }

    /**
     * The column whose cell shows {@code field}. The section is shown by the heading, not by a cell, so a
     * correction of the paradigm is marked on the title.
     */
    public static Column showing(CorrectableField field) {
        return field == CorrectableField.PARADIGM ? TITLE
                : Arrays.stream(values()).filter(c -> c.fields.contains(field)).findFirst().orElseThrow();
    }

    public static Optional<Column> forHeader(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public static String headers() {
        return String.join(" | ", Arrays.stream(values()).map(Column::header).toList());
    }
}
