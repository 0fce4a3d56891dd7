package org.w3id.medfm.records;

import java.util.Optional;

/**
 * How a curated fact is known: the source says it, it was read off code, configs or context, or sources
 * disagree. A closed vocabulary, published as the SKOS scheme {@code https://w3id.org/medfm/id/scheme/confidence}.
 */
public enum Confidence implements ClosedConcept {
    STATED("stated", "stated", "The source named with the fact says it in so many words."),
    INFERRED("inferred", "inferred", "Read from code, configuration files or context rather than stated: what it was"
            + " inferred from is given with the fact (medfm:basis)."),
    DISPUTED("disputed", "disputed", "Sources disagree: the fact is given as one source has it, and the source that"
            + " says otherwise is given beside it (medfm:disputedBy).");

    private final String slug;
    private final String label;
    private final String definition;

    Confidence(String slug, String label, String definition) {
        this.slug = slug;
        this.label = label;
        this.definition = definition;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String definition() {
        return definition;
    }

    public static Optional<Confidence> fromYaml(String name) {
        return ClosedConcept.bySlug(Confidence.class, name);
    }
}
