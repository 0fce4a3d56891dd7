package org.w3id.medfm.rdf;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.w3id.medfm.vocab.MedFM;
import org.w3id.medfm.vocab.Vocab;

/** For each YAML field that carries its own evidence, the properties of the graph that the evidence is about. */
final class FieldProperties {
    private static final Map<String, List<Property>> THINGS = Map.ofEntries(
            Map.entry("arxiv", List.of(MedFM.arxivId, Vocab.schemaSameAs)),
            Map.entry("doi", List.of(MedFM.doi, Vocab.schemaSameAs)),
            Map.entry("huggingface", List.of(MedFM.weights)),
            Map.entry("wikidata", List.of(OWL.sameAs)),
            Map.entry("year", List.of(MedFM.year)),
            Map.entry("organisation", List.of(MedFM.organisation)),
            Map.entry("paper", List.of(MedFM.paper)),
            Map.entry("title", List.of(DCTerms.title)),
            Map.entry("code", List.of(MedFM.code)),
            Map.entry("openWeights", List.of(MedFM.openWeights)),
            Map.entry("codeLicence", List.of(MedFM.codeLicence)),
            Map.entry("weights", List.of(MedFM.weightsAccess, MedFM.weightsLicence, MedFM.openWeights)),
            Map.entry("parameters", List.of(MedFM.parameterCount)),
            Map.entry("modality", List.of(MedFM.modality)),
            Map.entry("authors", List.of(Vocab.schemaAuthor, Vocab.biboAuthorList)),
            Map.entry("date", List.of(Vocab.schemaDatePublished)),
            Map.entry("publishedIn", List.of(MedFM.publishedIn)));

    private static final Map<String, List<Property>> VENUES = Map.of(
            "title", List.of(Vocab.schemaName),
            "url", List.of(Vocab.schemaUrl),
            "issn", List.of(Vocab.schemaIssn),
            "wikidata", List.of(OWL.sameAs));

    private static final Map<String, List<Property>> DATASETS = Map.of(
            "title", List.of(DCTerms.title),
            "homepage", List.of(Vocab.schemaUrl),
            "access", List.of(MedFM.dataAccess),
            "licence", List.of(Vocab.schemaLicense),
            "doi", List.of(MedFM.doi, Vocab.schemaSameAs),
            "huggingface", List.of(Vocab.schemaSameAs),
            "modality", List.of(DCTerms.subject));

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("arxiv", "arXiv id"), Map.entry("doi", "DOI"),
            Map.entry("huggingface", "Hugging Face repositories"), Map.entry("wikidata", "Wikidata item"),
            Map.entry("openWeights", "open-weights flag"), Map.entry("paper", "paper link"),
            Map.entry("code", "code repository"), Map.entry("codeLicence", "code licence"),
            Map.entry("access", "access mode"), Map.entry("authors", "authors"),
            Map.entry("date", "publication date"), Map.entry("publishedIn", "venue"), Map.entry("issn", "ISSN"),
            Map.entry("url", "address"));

    private FieldProperties() {
    }

    /** The name of a YAML field in a sentence ("the DOI of ..."). */
    static String name(String field) {
        return NAMES.getOrDefault(field, field);
    }

    static List<Property> ofThing(String field) {
        return THINGS.getOrDefault(field, List.of());
    }

    static List<Property> ofVenue(String field) {
        return VENUES.getOrDefault(field, List.of());
    }

    static List<Property> ofDataset(String field) {
        return DATASETS.getOrDefault(field, List.of());
    }
}
