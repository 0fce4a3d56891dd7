package org.w3id.medfm.records;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What kind of place a paper or model appeared in; each maps to a class of the ontology. */
public enum VenueType {
    JOURNAL("journal", "Journal"),
    CONFERENCE("conference", "Conference"),
    WORKSHOP("workshop", "Workshop"),
    PREPRINT_SERVER("preprint-server", "PreprintServer"),
    MODEL_HUB("model-hub", "ModelHub"),
    CODE_HOST("code-host", "CodeHost"),
    BLOG("blog", "Blog");

    private final String yamlName;
    private final String className;

    VenueType(String yamlName, String className) {
        this.yamlName = yamlName;
        this.className = className;
    }

    public String yamlName() {
        return yamlName;
    }

    /** The local name of the ontology class (medfm:Journal, ...). */
    public String className() {
        return className;
    }

    public static Optional<VenueType> fromYaml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.yamlName.equals(n)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(VenueType::yamlName).collect(Collectors.joining(", "));
    }
}
