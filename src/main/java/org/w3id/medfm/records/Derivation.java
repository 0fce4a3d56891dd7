package org.w3id.medfm.records;

import org.w3id.medfm.source.Origin;

/** One model built from another: the base model's slug, the kind, what was done, and how that is known. */
public record Derivation(String base, DerivationKind kind, String detail, Evidence evidence, Origin origin) {

    public String source() {
        return evidence.source();
    }
}
