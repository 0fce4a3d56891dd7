package org.w3id.medfm.records;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.medfm.vocab.MedFM;

/** The list's columns a correction can concern, with the property that carries each in the graph. */
public enum CorrectableField {
    TITLE("title", DCTerms.title),
    YEAR("year", MedFM.year),
    MODALITY("modality", MedFM.modality),
    METHOD("method", MedFM.method),
    PARADIGM("paradigm", MedFM.paradigm),
    PAPER("paper", MedFM.paper),
    VENUE("venue", MedFM.venue),
    CODE("code", MedFM.code),
    OPEN_WEIGHTS("openWeights", MedFM.openWeights);

    private final String yamlName;
    private final Property property;

    CorrectableField(String yamlName, Property property) {
        this.yamlName = yamlName;
        this.property = property;
    }

    public String yamlName() {
        return yamlName;
    }

    public Property property() {
        return property;
    }

    public static Optional<CorrectableField> fromYaml(String name) {
        return Arrays.stream(values()).filter(f -> f.yamlName.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(CorrectableField::yamlName).toList());
    }
}
