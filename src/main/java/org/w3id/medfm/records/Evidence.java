package org.w3id.medfm.records;

import org.w3id.medfm.source.Origin;

/**
 * How one curated fact is known: the source (a canonical address, with what was read there), the confidence,
 * what an inference rests on, and for a disputed fact the source that says otherwise.
 *
 * @param basis what was read or inferred from; required for {@link Confidence#INFERRED}
 * @param against the other side of a dispute; present exactly when {@link Confidence#DISPUTED}
 */
public record Evidence(String source, Confidence confidence, String basis, String against, Origin origin) {
}
