package org.w3id.medfm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the MedFM ontology ({@code ontology/medfm.ttl}) that the code emits or reads. */
public final class MedFM {
    public static final String NS = "https://w3id.org/medfm/ontology#";
    public static final String ONTOLOGY = "https://w3id.org/medfm/ontology";

    public static final Resource Entry = resource("Entry");
    public static final Resource Model = resource("Model");
    public static final Resource Derivation = resource("Derivation");
    public static final Resource Correction = resource("Correction");
    public static final Resource List = resource("List");
    public static final Resource Listing = resource("Listing");

    public static final Property paradigm = property("paradigm");
    public static final Property modality = property("modality");
    public static final Property method = property("method");
    public static final Property derivedFrom = property("derivedFrom");
    public static final Property fineTunedFrom = property("fineTunedFrom");
    public static final Property continuedPretrainingFrom = property("continuedPretrainingFrom");
    public static final Property adaptedFrom = property("adaptedFrom");
    public static final Property reusesArchitectureOf = property("reusesArchitectureOf");
    public static final Property promptsFrozenModel = property("promptsFrozenModel");
    public static final Property distilledFrom = property("distilledFrom");
    public static final Property usesModel = property("usesModel");
    public static final Property paper = property("paper");
    public static final Property code = property("code");
    public static final Property weights = property("weights");
    public static final Property derivationKind = property("derivationKind");
    public static final Property correctionOf = property("correctionOf");
    public static final Property correctedProperty = property("correctedProperty");
    public static final Property year = property("year");
    public static final Property openWeights = property("openWeights");
    public static final Property venue = property("venue");
    public static final Property listPosition = property("listPosition");
    public static final Property arxivId = property("arxivId");
    public static final Property doi = property("doi");
    public static final Property organisation = property("organisation");
    public static final Property listedValue = property("listedValue");
    public static final Property correctedValue = property("correctedValue");
    public static final Property listing = property("listing");
    public static final Property inList = property("inList");
    public static final Property section = property("section");
    public static final Property sectionScheme = property("sectionScheme");
    public static final Property correctsListing = property("correctsListing");
    public static final Property listedTitle = property("listedTitle");
    public static final Property listedName = property("listedName");
    public static final Property listedAuthors = property("listedAuthors");
    public static final Property listedDate = property("listedDate");
    public static final Property listedYear = property("listedYear");
    public static final Property listedVenue = property("listedVenue");
    public static final Property listedModality = property("listedModality");
    public static final Property listedMethod = property("listedMethod");
    public static final Property listedPaper = property("listedPaper");
    public static final Property listedCode = property("listedCode");
    public static final Property listedLink = property("listedLink");
    public static final Property listedWeights = property("listedWeights");
    public static final Resource Venue = resource("Venue");
    public static final Property publishedIn = property("publishedIn");
    public static final Property noDerivationFound = property("noDerivationFound");

    public static final Resource DatasetUse = resource("DatasetUse");
    public static final Resource Evidence = resource("Evidence");
    public static final Property fineTunedOn = property("fineTunedOn");
    public static final Property qualifiedDatasetUse = property("qualifiedDatasetUse");
    public static final Property dataset = property("dataset");
    public static final Property datasetRole = property("datasetRole");
    public static final Property codeLicence = property("codeLicence");
    public static final Property weightsLicence = property("weightsLicence");
    public static final Property weightsAccess = property("weightsAccess");
    public static final Property dataAccess = property("dataAccess");
    public static final Property parameterCount = property("parameterCount");
    public static final Property confidence = property("confidence");
    public static final Property basis = property("basis");
    public static final Property disputedBy = property("disputedBy");
    public static final Property evidence = property("evidence");
    public static final Property evidenceFor = property("evidenceFor");
    public static final Property aboutProperty = property("aboutProperty");

    /** FAIR4ML, the vocabulary of machine-learning models the ontology refines. */
    public static final String FAIR4ML = "https://w3id.org/fair4ml#";
    public static final Property fair4mlTrainedOn = ResourceFactory.createProperty(FAIR4ML + "trainedOn");
    public static final Property fair4mlEvaluatedOn = ResourceFactory.createProperty(FAIR4ML + "evaluatedOn");

    private MedFM() {
    }

    /** A class of the ontology by its local name (the kinds of venue: {@code Journal}, {@code Conference}, ...). */
    public static Resource term(String local) {
        return resource(local);
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
