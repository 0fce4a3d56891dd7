package org.w3id.medfm.markdown;

import java.util.List;

/**
 * A paper of the page that no entry has yet, with the slug and label it will be written under and its rows on
 * the page (one per section it stands in), each with the position it takes.
 */
record NewEntry(List<Placed> rows, String slug, String label, String list) {
    /** The method of a review, which introduces no model ({@code model: false}). */
    static final String REVIEW = "review";

    /** A row and the position its listing takes. */
    record Placed(PageRow row, int position) {
    }

    PageRow first() {
        return rows.get(0).row();
    }
}
