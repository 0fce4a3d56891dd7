package org.w3id.medfm.records;

import java.util.List;
import org.w3id.medfm.source.Origin;

/**
 * What the awesome list says of an entry beyond the model itself: where it is filed, how it is described, and
 * where the graph corrects it.
 *
 * @param paradigm slug in the paradigm scheme: the list section
 * @param isModel whether the entry introduces or adapts a model (false for a review or an evaluation)
 */
public record Listing(Ref paradigm, Ref modality, Ref method, int row, String venue, boolean isModel,
        List<Use> uses, List<Correction> corrections) {

    /** A slug that names something in another file, with the place it was written. */
    public record Ref(String slug, Origin origin) {
    }
}
