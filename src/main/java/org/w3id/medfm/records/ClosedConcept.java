package org.w3id.medfm.records;

/**
 * A concept of a closed vocabulary that the code itself relies on (confidence, access modes): its slug in the
 * data, its label and definition for the published SKOS scheme.
 */
public interface ClosedConcept {
    String slug();

    String label();

    String definition();
}
