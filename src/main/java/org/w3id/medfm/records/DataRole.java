package org.w3id.medfm.records;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.w3id.medfm.vocab.MedFM;

/** What a model did with a data set, each mapped to its property (FAIR4ML's where one fits). */
public enum DataRole {
    TRAINED_ON("trainedOn", "trained on", MedFM.fair4mlTrainedOn),
    FINE_TUNED_ON("fineTunedOn", "fine-tuned on", MedFM.fineTunedOn),
    EVALUATED_ON("evaluatedOn", "evaluated on", MedFM.fair4mlEvaluatedOn);

    private final String yamlName;
    private final String label;
    private final Property property;

    DataRole(String yamlName, String label, Property property) {
        this.yamlName = yamlName;
        this.label = label;
        this.property = property;
    }

    public String yamlName() {
        return yamlName;
    }

    public String label() {
        return label;
    }

    public Property property() {
        return property;
    }

    public static Optional<DataRole> fromYaml(String name) {
        return Arrays.stream(values()).filter(r -> r.yamlName.equals(name)).findFirst();
    }
}
