package org.w3id.medfm.vocab;

import java.util.regex.Pattern;

/** IRIs of the things the graph describes: {@code https://w3id.org/medfm/id/{kind}/{slug}}. */
public final class Ids {
    public static final String BASE = "https://w3id.org/medfm/";
    public static final String ID_SPACE = BASE + "id/";
    public static final String DATASET = BASE + "dataset";
    public static final String CONTEXT = BASE + "context.jsonld";
    /** What a slug may look like: lower-case ASCII letters and digits, single hyphens between. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Ids() {
    }

    public static String model(String slug) {
        return ID_SPACE + "model/" + slug;
    }

    public static String concept(String scheme, String slug) {
        return ID_SPACE + scheme + "/" + slug;
    }

    public static String person(String slug) {
        return ID_SPACE + "person/" + slug;
    }

    /** The {@code n}-th cell (from 1) of the ordered author list of the work {@code slug}. */
    public static String authorListCell(String slug, int n) {
        return ID_SPACE + "author-list/" + slug + "--" + n;
    }

    public static String venue(String slug) {
        return ID_SPACE + "venue/" + slug;
    }

    public static String scheme(String scheme) {
        return ID_SPACE + "scheme/" + scheme;
    }

    public static String derivation(String model, String base) {
        return ID_SPACE + "derivation/" + model + "--" + base;
    }

    public static String correction(String entry, String field) {
        return ID_SPACE + "correction/" + entry + "--" + field.toLowerCase(java.util.Locale.ROOT);
    }

    /** A list the graph follows. */
    public static String list(String slug) {
        return ID_SPACE + "list/" + slug;
    }

    /** The {@code n}-th listing (from 1) of a thing by a list; the first has no number. */
    public static String listing(String thing, String list, int n) {
        return ID_SPACE + "listing/" + thing + "--" + list + (n > 1 ? "-" + n : "");
    }

    public static String dataset(String slug) {
        return ID_SPACE + "dataset/" + slug;
    }

    public static String datasetUse(String model, String role, String dataset) {
        return ID_SPACE + "dataset-use/" + model + "--" + kebab(role) + "--" + dataset;
    }

    /**
     * How one field of a thing is known: {@code evidence/{kind}-{slug}--{field}}, where kind is the kind of the
     * thing's own IRI ({@code model}, {@code dataset}), so that a model and a data set may share a slug.
     */
    public static String evidence(String kind, String slug, String field) {
        return ID_SPACE + "evidence/" + kind + "-" + slug + "--" + kebab(field);
    }

    /** A YAML field name as it appears in an IRI: {@code codeLicence} gives {@code code-licence}. */
    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    public static boolean isSlug(String text) {
        return SLUG.matcher(text).matches();
    }
}
