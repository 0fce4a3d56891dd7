package org.w3id.medfm.records;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A concept of a closed vocabulary that the code itself relies on (confidence, access modes): its slug in the
 * data, its label and definition for the published SKOS scheme.
 */
public interface ClosedConcept {
    String slug();

    String label();

    String definition();

    /** The concept of {@code type} whose slug is {@code slug}, as a YAML file writes it. */
    static <E extends Enum<E> & ClosedConcept> Optional<E> bySlug(Class<E> type, String slug) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.slug().equals(slug)).findFirst();
    }

    /** Every slug of {@code type}, comma-separated, for a message that lists the allowed values. */
    static <E extends Enum<E> & ClosedConcept> String slugs(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ClosedConcept::slug).collect(Collectors.joining(", "));
    }
}
