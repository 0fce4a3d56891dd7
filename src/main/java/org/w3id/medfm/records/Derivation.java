package org.w3id.medfm.records;

import org.w3id.medfm.source.Origin;

/** One model built from another: the base model's slug, the kind, what was done, and where that was checked. */
public record Derivation(String base, DerivationKind kind, String detail, String source, Origin origin) {
}
