package org.w3id.medfm.records;

/** How a model's weights are released (access mode and licence), and how that is known. */
public record WeightsRelease(WeightsAccess access, Licence licence, Evidence evidence) {
}
