package org.w3id.medfm.markdown;

import org.w3id.medfm.records.CorrectableField;
import org.w3id.medfm.records.ListedValues;
import org.w3id.medfm.records.Thing;

/**
 * How the page shows a value: the Markdown of a cell (the graph's value, as the list writes it) and the plain
 * text of any field's value for the notes on corrections.
 */
final class CellValues {
    /** The list labels every code link "GitHub", wherever it points; the page keeps that convention. */
    static final String CODE_LINK_TEXT = "GitHub";

    private final Vocabulary vocabulary;

    CellValues(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The Markdown of {@code column}'s cell for the entry, without correction marks. */
    String cell(Column column, Thing t) {
        return switch (column) {
            case YEAR -> value(t, CorrectableField.YEAR);
            case MODALITY -> MarkdownText.text(display(CorrectableField.MODALITY, value(t, CorrectableField.MODALITY)));
            case TITLE -> MarkdownText.text(value(t, CorrectableField.TITLE));
            case PAPER -> MarkdownText.link(value(t, CorrectableField.VENUE), value(t, CorrectableField.PAPER));
            case CODE -> ListedValues.EMPTY.equals(value(t, CorrectableField.CODE)) ? ListedValues.EMPTY
                    : MarkdownText.link(CODE_LINK_TEXT, value(t, CorrectableField.CODE));
            case WEIGHTS -> display(CorrectableField.OPEN_WEIGHTS, value(t, CorrectableField.OPEN_WEIGHTS));
            case METHOD -> MarkdownText.text(display(CorrectableField.METHOD, value(t, CorrectableField.METHOD)));
        };
    }

    /** A value as a reader of the page sees it: concept labels for slugs, marks for weights. */
    String display(CorrectableField field, String value) {
        return switch (field) {
            case MODALITY -> vocabulary.label("modality", value);
            case METHOD -> vocabulary.label("method", value);
            case PARADIGM -> vocabulary.label("paradigm", value);
            case OPEN_WEIGHTS -> Boolean.parseBoolean(value) ? RowReader.WEIGHTS_YES : RowReader.WEIGHTS_NO;
            default -> value;
        };
    }

    private static String value(Thing t, CorrectableField field) {
        return ListedValues.current(t, field);
    }
}
