package org.w3id.medfm.markdown;

import java.util.Map;
import org.w3id.medfm.source.Origin;

/**
 * A body row of one of the list's tables, as read from the page: the heading it stands under, its position in
 * its table (from 1), and its cells by column.
 */
public record SourceRow(Origin origin, Heading section, int position, Map<Column, Cell> cells) {

    public Cell cell(Column column) {
        return cells.getOrDefault(column, Cell.EMPTY);
    }
}
