package org.w3id.medfm.records;

import java.util.Optional;

/** How a data set can be had: the question a researcher asks before planning to train or test on it. */
public enum DatasetAccess implements ClosedConcept {
    OPEN("open", "open", "Anyone can download it, without an account."),
    REGISTRATION("registration", "registration", "Free to download after registering or accepting terms (a"
            + " sign-up form, a click-through data-use agreement), approved for anyone."),
    CREDENTIALED("credentialed", "credentialed", "Only for credentialed users who complete required training and"
            + " sign a data-use agreement, such as PhysioNet's credentialed access (MIMIC)."),
    PRIVATE("private", "private", "Not released: held by the authors or an institution.");

    private final String slug;
    private final String label;
    private final String definition;

    DatasetAccess(String slug, String label, String definition) {
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

    public static Optional<DatasetAccess> fromYaml(String name) {
        return ClosedConcept.bySlug(DatasetAccess.class, name);
    }

    public static String names() {
        return ClosedConcept.slugs(DatasetAccess.class);
    }
}
