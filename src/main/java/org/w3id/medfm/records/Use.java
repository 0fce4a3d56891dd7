package org.w3id.medfm.records;

import org.w3id.medfm.source.Origin;

/** A model that an entry without a model of its own applies or evaluates, and how that is known. */
public record Use(String model, String detail, Evidence evidence, Origin origin) {

    public String source() {
        return evidence.source();
    }
}
