package org.w3id.medfm.records;

import java.util.List;
import org.w3id.medfm.source.Origin;

/**
 * The bibliographic facts of a paper: its authors in the paper's order, its publication date and the venue it
 * appeared in (a slug of {@code venues/}). Each part may be absent; {@link #NONE} has none.
 *
 * @param venueOrigin where {@code publishedIn} was written, for messages about an unknown venue
 */
public record Publication(List<Author> authors, PublicationDate date, String venue, Origin venueOrigin) {
    public static final Publication NONE = new Publication(List.of(), null, null, null);

    public boolean isEmpty() {
        return authors.isEmpty() && date == null && venue == null;
    }
}
