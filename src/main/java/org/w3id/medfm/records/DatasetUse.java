package org.w3id.medfm.records;

import org.w3id.medfm.source.Origin;

/**
 * A data set a model was trained, fine-tuned or evaluated on: which, what part of it, and how that is known.
 *
 * @param field where it was written, for messages ({@code trainedOn[2]})
 */
public record DatasetUse(DataRole role, String dataset, String detail, Evidence evidence, String field, Origin origin) {
}
