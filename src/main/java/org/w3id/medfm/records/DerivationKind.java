package org.w3id.medfm.records;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.w3id.medfm.vocab.MedFM;

/** The kinds of derivation a curator can name, each mapped to its sub-property of {@code medfm:derivedFrom}. */
public enum DerivationKind {
    FINE_TUNING("fine-tuning", MedFM.fineTunedFrom),
    CONTINUED_PRETRAINING("continued-pretraining", MedFM.continuedPretrainingFrom),
    ADAPTER("adapter", MedFM.adaptedFrom),
    ARCHITECTURE_REUSE("architecture-reuse", MedFM.reusesArchitectureOf),
    PROMPTING("prompting", MedFM.promptsFrozenModel),
    DISTILLATION("distillation", MedFM.distilledFrom);

    private final String yamlName;
    private final Property property;

    DerivationKind(String yamlName, Property property) {
        this.yamlName = yamlName;
        this.property = property;
    }

    public String yamlName() {
        return yamlName;
    }

    public Property property() {
        return property;
    }

    public static Optional<DerivationKind> fromYaml(String name) {
        return Arrays.stream(values()).filter(k -> k.yamlName.equals(name)).findFirst();
    }

    public static Optional<DerivationKind> fromProperty(String iri) {
        return Arrays.stream(values()).filter(k -> k.property.getURI().equals(iri)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(DerivationKind::yamlName).toList());
    }
}
