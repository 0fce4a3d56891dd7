package org.w3id.medfm.records;

import java.util.Optional;

/**
 * How a model's trained weights can be had, modelled on the accessibility values of Epoch AI's database of
 * notable models. The first three publish the weights for download, so they make {@code openWeights} true.
 */
public enum WeightsAccess implements ClosedConcept {
    OPEN("open", "open", true, "Weights can be downloaded by anyone under a licence that allows any use, commercial"
            + " use included (such as MIT, Apache-2.0, BSD or CC-BY)."),
    OPEN_NON_COMMERCIAL("open-non-commercial", "open, non-commercial", true, "Weights can be downloaded by anyone,"
            + " but the licence forbids commercial use (such as CC-BY-NC-4.0)."),
    OPEN_RESTRICTED("open-restricted", "open with restrictions", true, "Weights can be downloaded, but only after"
            + " accepting terms at download (a click-through gate that grants access automatically) or under a licence"
            + " with use restrictions (such as the LLaMA 2 community licence or OpenRAIL)."),
    GATED("gated", "gated on request", false, "Weights are given out only on request: a form or an e-mail that"
            + " the authors approve one by one, or a credentialed data-use agreement."),
    API("api", "API only", false, "The model can be used through a programming interface, but its weights are"
            + " not released."),
    HOSTED("hosted", "hosted only", false, "The model can be used only through a hosted application or service"
            + " (a chat interface, a cloud product), without an API open to all and without weights."),
    UNRELEASED("unreleased", "unreleased", false, "Neither weights nor access to the model are offered.");

    private final String slug;
    private final String label;
    private final boolean published;
    private final String definition;

    WeightsAccess(String slug, String label, boolean published, String definition) {
        this.slug = slug;
        this.label = label;
        this.published = published;
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

    /** Whether the weights can be downloaded: the value {@code openWeights} is derived from. */
    public boolean published() {
        return published;
    }

    public static Optional<WeightsAccess> fromYaml(String name) {
        return ClosedConcept.bySlug(WeightsAccess.class, name);
    }

    public static String names() {
        return ClosedConcept.slugs(WeightsAccess.class);
    }
}
