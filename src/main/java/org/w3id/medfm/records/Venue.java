package org.w3id.medfm.records;

import java.util.Map;
import org.w3id.medfm.source.Origin;

/**
 * A journal, conference, preprint server or other place papers appear in: one file of {@code data/venues/},
 * named {@code https://w3id.org/medfm/id/venue/{slug}}.
 *
 * @param issn an ISSN seen in a source ({@code 2041-1723}), or null
 * @param wikidata a Wikidata item id seen in a source, or null
 * @param sources field name to how that field's fact is known
 */
public record Venue(String slug, Origin origin, String label, String title, VenueType type, String url, String issn,
        String wikidata, Map<String, Evidence> sources) {
}
