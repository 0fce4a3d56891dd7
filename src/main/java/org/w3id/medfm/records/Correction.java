package org.w3id.medfm.records;

import org.w3id.medfm.source.Origin;

/** A place where the graph departs from the list: the field, what the list says, what is right, and why. */
public record Correction(CorrectableField field, String listed, String corrected, String source, String note,
        Origin origin) {
}
