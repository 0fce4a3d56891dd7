package org.w3id.medfm.markdown;

import org.w3id.medfm.records.Listing;
import org.w3id.medfm.source.Origin;

/**
 * A row of a list's page, whatever the page's shape: where it stands (the section's slug and the position in
 * that section, from 1) and what the list printed. A row of the seed's tables also carries its cells read as the
 * seed's columns ({@code seed}, null for any other shape).
 */
record PageRow(Origin origin, String section, int position, Listing.Printed printed, ListedRow seed) {

    /** The paper link the row names: the Paper cell for the seed, the printed paper link for any other list. */
    String paperLink() {
        return seed != null ? seed.value(org.w3id.medfm.records.CorrectableField.PAPER) : printed.paper();
    }
}
