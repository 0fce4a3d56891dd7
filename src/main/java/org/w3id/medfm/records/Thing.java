package org.w3id.medfm.records;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.medfm.source.Origin;

/**
 * A model or a listed entry: one YAML file of {@code data/entries/} or {@code data/models/}. Entries carry a
 * {@link Listing}; base models do not.
 *
 * @param origin the file and the line of its {@code slug}
 * @param sources field name to where that field's fact was checked
 */
public record Thing(String slug, Origin origin, String label, String title, Integer year, String paper,
        String code, Boolean openWeights, String organisation, Identifiers ids, List<Derivation> derivedFrom,
        Map<String, String> sources, Listing listing) {

    /** Identifiers that link the thing to other datasets; each may be absent. */
    public record Identifiers(String arxiv, String doi, List<String> huggingface, String wikidata) {
    }

    public boolean isEntry() {
        return listing != null;
    }

    /** True for every base model and for entries that introduce or adapt a model. */
    public boolean isModel() {
        return listing == null || listing.isModel();
    }

    public Optional<Listing> listingIfAny() {
        return Optional.ofNullable(listing);
    }
}
