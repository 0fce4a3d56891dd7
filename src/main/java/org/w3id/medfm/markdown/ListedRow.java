package org.w3id.medfm.markdown;

import java.util.Map;
import org.w3id.medfm.records.CorrectableField;
import org.w3id.medfm.source.Origin;

/**
 * A row of the list read into values, written as {@link org.w3id.medfm.records.ListedValues} writes them
 * (slugs for concepts, {@code "-"} for an empty code cell, {@code true}/{@code false} for weights), so a row
 * and an entry compare field by field.
 *
 * @param position the row's position in its section's table, from 1
 * @param values every {@link CorrectableField}, the paradigm being the section's slug
 */
public record ListedRow(Origin origin, int position, Map<CorrectableField, String> values) {

    public String value(CorrectableField field) {
        return values.get(field);
    }
}
