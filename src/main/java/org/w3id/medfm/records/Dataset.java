package org.w3id.medfm.records;

import java.util.List;
import java.util.Map;
import org.w3id.medfm.source.Origin;

/**
 * A data set models are trained or evaluated on: one YAML file of {@code data/datasets/}.
 *
 * @param sources field name to how that field is known
 */
public record Dataset(String slug, Origin origin, String label, String title, String homepage, DatasetAccess access,
        Licence licence, String doi, List<String> huggingface, EntryFacts.Ref modality, Map<String, Evidence> sources) {
}
