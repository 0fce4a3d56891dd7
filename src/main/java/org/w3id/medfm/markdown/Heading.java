package org.w3id.medfm.markdown;

import org.w3id.medfm.source.Origin;

/** A heading of the page: its text, its level (1 to 6) and where it stands. */
public record Heading(String text, int level, Origin origin) {
}
