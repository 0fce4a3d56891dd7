package org.w3id.medfm.rdf;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.medfm.records.ClosedConcept;
import org.w3id.medfm.records.Confidence;
import org.w3id.medfm.records.DataRole;
import org.w3id.medfm.records.Dataset;
import org.w3id.medfm.records.DatasetAccess;
import org.w3id.medfm.records.DatasetUse;
import org.w3id.medfm.records.Evidence;
import org.w3id.medfm.records.Venue;
import org.w3id.medfm.records.Licence;
import org.w3id.medfm.records.Scheme;
import org.w3id.medfm.records.Thing;
import org.w3id.medfm.records.Use;
import org.w3id.medfm.records.WeightsAccess;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.MedFM;
import org.w3id.medfm.vocab.Vocab;

/**
 * Maps the curated facts that carry evidence: licences, access to weights, parameter counts, data sets and what
 * models did with them, the evidence of every sourced field, and the closed vocabularies they use.
 */
final class FactMapper {
    /** The closed vocabularies, by scheme name (the kind of their concepts' IRIs). */
    static final Map<String, List<? extends ClosedConcept>> CLOSED_SCHEMES = Map.of(
            "confidence", List.of(Confidence.values()),
            "weights-access", List.of(WeightsAccess.values()),
            "data-access", List.of(DatasetAccess.values()));
    private static final Map<String, String> SCHEME_LABELS = Map.of(
            "confidence", "Confidence",
            "weights-access", "Access to weights",
            "data-access", "Access to data");
    private static final Map<String, String> SCHEME_DEFINITIONS = Map.of(
            "confidence", "How a curated fact is known: stated by its source, inferred from code, configs or context,"
                    + " or disputed between sources.",
            "weights-access", "How a model's trained weights can be had, modelled on the accessibility values of Epoch"
                    + " AI's database of notable models. Open, open non-commercial and open with restrictions publish"
                    + " the weights (medfm:openWeights true); the others do not.",
            "data-access", "How a data set can be had: open, after registration, to credentialed users only, or not"
                    + " at all.");

    private Model m;
    private Map<String, Origin> origins;
    private final Set<String> licences = new HashSet<>();
    private final Map<String, String> datasetLabels = new java.util.HashMap<>();

    FactMapper(Model m, Map<String, Origin> origins) {
        target(m, origins);
    }

    /**
     * Maps into {@code m} from now on. A licence is described again in each model it is used in, so that each part
     * of a graph mapped in parts holds what its things' shapes look at (the parts' union is the same graph).
     */
    void target(Model m, Map<String, Origin> origins) {
        this.m = m;
        this.origins = origins;
        licences.clear();
    }

    private Resource resource(String iri, Origin origin) {
        origins.putIfAbsent(iri, origin);
        return m.createResource(iri);
    }

    /** The three closed vocabularies as SKOS concept schemes. */
    void closedSchemes() {
        for (Map.Entry<String, List<? extends ClosedConcept>> e : CLOSED_SCHEMES.entrySet()) {
            String name = e.getKey();
            Resource scheme = m.createResource(Ids.scheme(name));
            scheme.addProperty(RDF.type, SKOS.ConceptScheme);
            scheme.addProperty(RDFS.label, SCHEME_LABELS.get(name));
            scheme.addProperty(SKOS.prefLabel, SCHEME_LABELS.get(name));
            scheme.addProperty(SKOS.definition, SCHEME_DEFINITIONS.get(name));
            for (ClosedConcept c : e.getValue()) {
                Resource concept = m.createResource(Ids.concept(name, c.slug()));
                concept.addProperty(RDF.type, SKOS.Concept);
                concept.addProperty(RDFS.label, c.label());
                concept.addProperty(SKOS.prefLabel, c.label());
                concept.addProperty(SKOS.definition, c.definition());
                concept.addProperty(SKOS.inScheme, scheme);
                concept.addProperty(SKOS.topConceptOf, scheme);
                scheme.addProperty(SKOS.hasTopConcept, concept);
            }
        }
    }

    /** A thing's licences, weights, size, data sets, and the evidence of each of its sourced fields. */
    void thing(Resource r, Thing t, String label) {
        Thing.Curated f = t.curated();
        if (f.codeLicence() != null) {
            r.addProperty(MedFM.codeLicence, licence(f.codeLicence().licence()));
            evidence(r, "model", t.slug(), "codeLicence", FieldProperties.ofThing("codeLicence"),
                    f.codeLicence().evidence(), "the code licence of " + label);
        }
        if (f.weights() != null) {
            r.addProperty(MedFM.weightsAccess, m.createResource(Ids.concept("weights-access", f.weights().access().slug())));
            r.addProperty(MedFM.weightsLicence, licence(f.weights().licence()));
            evidence(r, "model", t.slug(), "weights", FieldProperties.ofThing("weights"), f.weights().evidence(),
                    "the access to and licence of the weights of " + label);
        }
        if (f.parameters() != null) {
            r.addLiteral(MedFM.parameterCount, count(f.parameters().value()));
            evidence(r, "model", t.slug(), "parameters", FieldProperties.ofThing("parameters"),
                    f.parameters().evidence(), "the parameter count of " + label
                    + (f.parameters().detail() == null ? "" : " (" + f.parameters().detail() + ")"));
        }
        for (DatasetUse u : f.datasets()) {
            datasetUse(r, t.slug(), label, u);
        }
        for (Map.Entry<String, Evidence> e : t.sources().entrySet()) {
            evidence(r, "model", t.slug(), e.getKey(), FieldProperties.ofThing(e.getKey()), e.getValue(),
                    "the " + FieldProperties.name(e.getKey()) + " of " + label);
        }
    }

    private org.apache.jena.rdf.model.Literal count(BigInteger value) {
        return m.createTypedLiteral(value.toString(), XSDDatatype.XSDinteger);
    }

    private void datasetUse(Resource r, String slug, String label, DatasetUse u) {
        Resource dataset = m.createResource(Ids.dataset(u.dataset()));
        r.addProperty(u.role().property(), dataset);
        if (u.role() == DataRole.FINE_TUNED_ON) {
            r.addProperty(MedFM.fair4mlTrainedOn, dataset);
        }
        Resource q = resource(Ids.datasetUse(slug, u.role().yamlName(), u.dataset()), u.origin());
        r.addProperty(MedFM.qualifiedDatasetUse, q);
        q.addProperty(RDF.type, MedFM.DatasetUse);
        q.addProperty(RDFS.label, label + " " + u.role().label() + " " + datasetLabels.getOrDefault(u.dataset(), u.dataset()));
        q.addProperty(MedFM.dataset, dataset);
        q.addProperty(MedFM.datasetRole, u.role().property());
        if (u.detail() != null) {
            q.addProperty(RDFS.comment, u.detail());
        }
        describe(q, u.evidence());
    }

    /** A data set, typed schema:Dataset as Croissant uses it, with the evidence of each of its fields. */
    void dataset(Dataset d) {
        Resource r = resource(Ids.dataset(d.slug()), d.origin());
        datasetLabels.put(d.slug(), d.label());
        r.addProperty(RDF.type, Vocab.schemaDataset);
        r.addProperty(RDFS.label, d.label());
        if (d.title() != null) {
            r.addProperty(DCTerms.title, d.title());
        }
        if (d.homepage() != null) {
            r.addProperty(Vocab.schemaUrl, m.createResource(d.homepage()));
        }
        if (d.access() != null) {
            r.addProperty(MedFM.dataAccess, m.createResource(Ids.concept("data-access", d.access().slug())));
        }
        if (d.licence() != null) {
            r.addProperty(Vocab.schemaLicense, licence(d.licence()));
        }
        if (d.doi() != null) {
            r.addProperty(MedFM.doi, d.doi());
            r.addProperty(Vocab.schemaSameAs, m.createResource(Vocab.DOI_ORG + d.doi()));
        }
        for (String hf : d.huggingface()) {
            r.addProperty(Vocab.schemaSameAs, m.createResource(Vocab.HUGGINGFACE_DATASETS + hf));
        }
        if (d.modality() != null) {
            r.addProperty(DCTerms.subject, m.createResource(Ids.concept("modality", d.modality().slug())));
        }
        for (Map.Entry<String, Evidence> e : d.sources().entrySet()) {
            evidence(r, "dataset", d.slug(), e.getKey(), FieldProperties.ofDataset(e.getKey()), e.getValue(),
                    "the " + FieldProperties.name(e.getKey()) + " of the data set " + d.label());
        }
    }

    /** The evidence of each sourced field of a venue. */
    void venue(Resource r, Venue v) {
        for (Map.Entry<String, Evidence> e : v.sources().entrySet()) {
            evidence(r, "venue", v.slug(), e.getKey(), FieldProperties.ofVenue(e.getKey()), e.getValue(),
                    "the " + FieldProperties.name(e.getKey()) + " of the venue " + v.label());
        }
    }

    /** The evidence of an entry's use of a model, with what the use was. */
    void use(Resource entry, Thing t, Use u, String modelLabel) {
        Resource q = evidence(entry, "model", t.slug(), "uses-" + u.model(), List.of(MedFM.usesModel), u.evidence(),
                "that " + t.label() + " uses " + modelLabel);
        if (u.detail() != null) {
            q.addProperty(RDFS.comment, u.detail());
        }
    }

    /** The evidence of a concept's matches to other vocabularies (MeSH descriptors). */
    void concept(Resource concept, String scheme, Scheme.Concept c) {
        if (c.evidence() == null) {
            return;
        }
        List<Property> about = new java.util.ArrayList<>();
        if (!c.exactMatch().isEmpty()) {
            about.add(SKOS.exactMatch);
        }
        if (!c.closeMatch().isEmpty()) {
            about.add(SKOS.closeMatch);
        }
        if (!about.isEmpty()) {
            evidence(concept, scheme, c.slug(), "matches", about, c.evidence(), "the matches of " + c.label());
        }
    }

    private Resource licence(Licence l) {
        Resource r = m.createResource(l.iri());
        if (licences.add(l.iri())) {
            r.addProperty(RDFS.label, l.label());
            if (l.kind() == Licence.Kind.NOT_STATED) {
                r.addProperty(RDFS.comment, "The source that was checked states no licence. Without a licence, no"
                        + " right to use, copy or change the work is granted.");
            } else {
                r.addProperty(RDF.type, Vocab.dctermsLicenseDocument);
            }
        }
        return r;
    }

    private Resource evidence(Resource subject, String kind, String slug, String field, List<Property> about,
            Evidence e, String what) {
        Resource q = resource(Ids.evidence(kind, slug, field), e.origin());
        subject.addProperty(MedFM.evidence, q);
        q.addProperty(RDF.type, MedFM.Evidence);
        q.addProperty(RDFS.label, "How we know " + what);
        q.addProperty(MedFM.evidenceFor, subject);
        about.forEach(p -> q.addProperty(MedFM.aboutProperty, p));
        describe(q, e);
        return q;
    }

    /** Source, confidence, basis and the other side of a dispute, on a derivation, data-set use or evidence. */
    void describe(Resource q, Evidence e) {
        q.addProperty(DCTerms.source, e.source());
        if (e.confidence() != null) {
            q.addProperty(MedFM.confidence, m.createResource(Ids.concept("confidence", e.confidence().slug())));
        }
        if (e.basis() != null) {
            q.addProperty(MedFM.basis, e.basis());
        }
        if (e.against() != null) {
            q.addProperty(MedFM.disputedBy, e.against());
        }
    }
}
