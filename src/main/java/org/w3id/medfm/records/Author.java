package org.w3id.medfm.records;

import org.w3id.medfm.source.Origin;

/**
 * One author of a paper as the paper prints the name, with an ORCID iD where a source showed one.
 *
 * @param orcid the 16-character ORCID iD ({@code 0000-0002-1825-0097}), or null
 */
public record Author(String name, String orcid, Origin origin) {
}
