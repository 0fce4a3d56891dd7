package org.w3id.medfm.markdown;

import java.util.List;
import org.w3id.medfm.source.Problem;

/**
 * What {@link ListPageParser} found: the headings that carry a table (in page order), every body row, and the
 * problems of tables it could not read.
 */
public record ParsedPage(List<Heading> sections, List<SourceRow> rows, List<Problem> problems) {
}
