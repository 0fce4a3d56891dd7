package org.w3id.medfm.markdown;

/** A row of the page that is not yet in the data, with the slug and label it will be written under. */
record NewEntry(ListedRow row, String slug, String label, String list) {
    /** The method of a review, which introduces no model ({@code model: false}). */
    static final String REVIEW = "review";
}
