package org.w3id.medfm.records;

import org.w3id.medfm.source.Origin;

/**
 * A place where the graph departs from a list: the listing whose printed value is wrong (named by its list's
 * slug), the field, what the list says, what is right, and why.
 */
public record Correction(String listing, CorrectableField field, String listed, String corrected, String source,
        String note, Origin origin) {
}
