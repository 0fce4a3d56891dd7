package org.w3id.medfm.svg;

/**
 * How to draw a family tree.
 *
 * @param linkPrefix what each node links to, before the slug: {@code /id/model/} on the site
 * @param focus the slug of the model whose family this is, drawn heavier; null for the whole tree
 * @param title the picture's title, shown at its top and read by screen readers
 */
public record SvgOptions(String linkPrefix, String focus, String title) {
    /** Links of the site's pages ({@code /id/model/SLUG}). */
    public static final String SITE_LINKS = "/id/model/";

    /** The whole derivation graph, linking to the site's pages. */
    public static SvgOptions whole() {
        return new SvgOptions(SITE_LINKS, null,
                "MedFM-KG family tree: medical foundation models and the models they were built from");
    }

    /** The family of one model, linking to the site's pages. */
    public static SvgOptions family(String slug, String label) {
        return new SvgOptions(SITE_LINKS, slug, "The family of " + label
                + ": the models it was built from and the models built from it");
    }
}
