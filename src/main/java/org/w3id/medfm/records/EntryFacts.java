package org.w3id.medfm.records;

import java.util.List;
import org.w3id.medfm.source.Origin;

/**
 * What the graph says of a listed entry beyond the model itself: the seed list's classifications and venue
 * (absent for entries the seed does not list), whether it introduces a model, the models a non-model entry
 * uses, and where the graph corrects a list. These are curated once per entry, whatever lists list it.
 *
 * @param isModel whether the entry introduces or adapts a model (false for a review or an evaluation)
 */
public record EntryFacts(Ref modality, Ref method, String venue, boolean isModel, List<Use> uses,
        List<Correction> corrections) {

    /** A slug that names something in another file, with the place it was written. */
    public record Ref(String slug, Origin origin) {
    }
}
