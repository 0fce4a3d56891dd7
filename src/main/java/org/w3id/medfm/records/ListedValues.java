package org.w3id.medfm.records;

import java.util.Optional;

/**
 * The values of the seed list's columns: what the graph holds, or, where a correction of the seed's listing
 * exists, what the list said. Import, rendering and the checks of corrections all agree through this class.
 */
public final class ListedValues {
    /** The text of an empty cell in the list. */
    public static final String EMPTY = "-";

    private ListedValues() {
    }

    /** The graph's value of {@code field}, written as in the list. */
    public static String current(Thing t, CorrectableField field) {
        EntryFacts f = t.facts();
        return switch (field) {
            case TITLE -> orEmpty(t.title());
            case YEAR -> t.year() == null ? EMPTY : t.year().toString();
            case MODALITY -> f == null || f.modality() == null ? EMPTY : f.modality().slug();
            case METHOD -> f == null || f.method() == null ? EMPTY : f.method().slug();
            case PARADIGM -> t.paradigmListing().map(Listing::section).orElse(EMPTY);
            case PAPER -> orEmpty(t.paper());
            case VENUE -> f == null ? EMPTY : orEmpty(f.venue());
            case CODE -> orEmpty(t.code());
            case OPEN_WEIGHTS -> String.valueOf(Boolean.TRUE.equals(t.weightsPublished()));
        };
    }

    /** What the seed list itself says of {@code field} for this entry. */
    public static String listed(Thing t, CorrectableField field) {
        return correction(t, field).map(Correction::listed).orElseGet(() -> current(t, field));
    }

    /** The correction of the seed listing's {@code field}, if any. */
    public static Optional<Correction> correction(Thing t, CorrectableField field) {
        Optional<String> seed = t.paradigmListing().map(Listing::list);
        return t.corrections().stream().filter(c -> c.field() == field && seed.isPresent()
                && c.listing().equals(seed.get())).findFirst();
    }

    /**
     * What a list printed of {@code field} in {@code listing}: the seed's columns for the seed's listing, the
     * recorded printed values for any other; null when that list does not print the field.
     */
    public static String printed(Thing t, Listing listing, CorrectableField field) {
        if (listing.paradigm()) {
            return listed(t, field);
        }
        Listing.Printed p = listing.printed();
        return switch (field) {
            case TITLE -> p.title();
            case VENUE -> p.venue();
            case PAPER -> p.paper();
            case CODE -> p.code();
            default -> null;
        };
    }

    private static String orEmpty(String s) {
        return s == null ? EMPTY : s;
    }
}
