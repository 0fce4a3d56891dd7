package org.w3id.medfm.records;

import org.w3id.medfm.source.Origin;

/** A model that an entry without a model of its own applies or evaluates. */
public record Use(String model, String detail, String source, Origin origin) {
}
