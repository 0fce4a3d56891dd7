package org.w3id.medfm.records;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.medfm.source.Origin;

/**
 * A model or a listed entry: one YAML file of {@code data/entries/} or {@code data/models/}. Entries carry
 * {@link EntryFacts}; base models do not. Both may have listings: a base model that a list lists (a "General
 * Domain" row) stays a base model and gains the listing.
 *
 * @param origin the file and the line of its {@code slug}
 * @param openWeights as written in the file; see {@link #weightsPublished()} for the value the graph holds
 * @param sources field name to how that field's fact is known
 * @param publication the paper's authors, date and venue, as far as they are known ({@link Publication#NONE})
 * @param noDerivation what was checked without finding a source that names a base model, or null
 */
public record Thing(String slug, Origin origin, String label, String title, Integer year, String paper,
        String code, Boolean openWeights, String organisation, Identifiers ids, List<Derivation> derivedFrom,
        Map<String, Evidence> sources, Curated curated, EntryFacts facts, List<Listing> listings,
        Publication publication, String noDerivation) {

    /** Curated facts beyond the list's columns, each with its evidence; absent ones are null or empty. */
    public record Curated(Licensing codeLicence, WeightsRelease weights, ParameterCount parameters,
            List<DatasetUse> datasets) {
    }

    /**
     * Whether the weights are published: derived from the access mode of the weights when the file gives one,
     * else the {@code openWeights} flag as written; null when neither is known.
     */
    public Boolean weightsPublished() {
        return curated.weights() != null ? Boolean.valueOf(curated.weights().access().published()) : openWeights;
    }

    /** Identifiers that link the thing to other datasets; each may be absent. */
    public record Identifiers(String arxiv, String doi, List<String> huggingface, String wikidata) {
    }

    public boolean isEntry() {
        return facts != null;
    }

    /** True for every base model and for entries that introduce or adapt a model. */
    public boolean isModel() {
        return facts == null || facts.isModel();
    }

    public Optional<EntryFacts> factsIfAny() {
        return Optional.ofNullable(facts);
    }

    /** The listing of the list whose sections are the paradigm scheme (the seed list), if it lists this. */
    public Optional<Listing> paradigmListing() {
        return listings.stream().filter(Listing::paradigm).findFirst();
    }

    /** The listings of one list, in file order. */
    public List<Listing> listingsOf(String list) {
        return listings.stream().filter(l -> l.list().equals(list)).toList();
    }

    /** The corrections of an entry (none for a base model). */
    public List<Correction> corrections() {
        return facts == null ? List.of() : facts.corrections();
    }

    /** The person nodes of the paper's authors, in order. */
    public List<Person> authors() {
        return Person.of(slug, publication.authors());
    }
}
