package org.w3id.medfm.records;

/** The licence of a model's code, and how that is known. */
public record Licensing(Licence licence, Evidence evidence) {
}
