package org.w3id.medfm.records;

import java.util.Optional;

/**
 * The values of the list's columns as written in the list: what the graph holds, or, where a correction
 * exists, what the list said. Import, rendering and the checks of corrections all agree through this class.
 */
public final class ListedValues {
    /** The text of an empty cell in the list. */
    public static final String EMPTY = "-";

    private ListedValues() {
    }

    /** The graph's value of {@code field}, written as in the list. */
    public static String current(Thing t, CorrectableField field) {
        Listing l = t.listing();
        return switch (field) {
            case TITLE -> t.title();
            case YEAR -> t.year() == null ? EMPTY : t.year().toString();
            case MODALITY -> l.modality() == null ? EMPTY : l.modality().slug();
            case METHOD -> l.method() == null ? EMPTY : l.method().slug();
            case PARADIGM -> l.paradigm() == null ? EMPTY : l.paradigm().slug();
            case PAPER -> t.paper();
            case VENUE -> l.venue();
            case CODE -> t.code() == null ? EMPTY : t.code();
            case OPEN_WEIGHTS -> String.valueOf(Boolean.TRUE.equals(t.openWeights()));
        };
    }

    /** What the list itself says of {@code field} for this entry. */
    public static String listed(Thing t, CorrectableField field) {
        return correction(t, field).map(Correction::listed).orElseGet(() -> current(t, field));
    }

    public static Optional<Correction> correction(Thing t, CorrectableField field) {
        return t.listing().corrections().stream().filter(c -> c.field() == field).findFirst();
    }
}
