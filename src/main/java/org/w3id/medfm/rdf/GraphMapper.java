package org.w3id.medfm.rdf;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.Correction;
import org.w3id.medfm.records.Derivation;
import org.w3id.medfm.records.Listing;
import org.w3id.medfm.records.Scheme;
import org.w3id.medfm.records.Thing;
import org.w3id.medfm.records.Use;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.MedFM;
import org.w3id.medfm.vocab.Prefixes;
import org.w3id.medfm.vocab.Vocab;

/** Maps a checked {@link Catalog} to RDF. The mapping is documented in {@code data/README.md}. */
public final class GraphMapper {
    private final Model m = ModelFactory.createDefaultModel();
    private final Map<String, Origin> origins = new HashMap<>();
    private Map<String, Thing> bySlug;

    public MappedGraph map(Catalog catalog) {
        m.setNsPrefixes(Prefixes.map());
        bySlug = catalog.bySlug();
        catalog.schemes().forEach(this::scheme);
        catalog.things().forEach(this::thing);
        return new MappedGraph(m, Map.copyOf(origins));
    }

    private Resource resource(String iri, Origin origin) {
        origins.putIfAbsent(iri, origin);
        return m.createResource(iri);
    }

    private void scheme(Scheme s) {
        Resource scheme = resource(Ids.scheme(s.name()), s.origin());
        scheme.addProperty(RDF.type, SKOS.ConceptScheme);
        literal(scheme, RDFS.label, s.label());
        literal(scheme, SKOS.prefLabel, s.label());
        literal(scheme, SKOS.definition, s.definition());
        for (Scheme.Concept c : s.concepts()) {
            Resource concept = resource(Ids.concept(s.name(), c.slug()), c.origin());
            concept.addProperty(RDF.type, SKOS.Concept);
            literal(concept, RDFS.label, c.label());
            literal(concept, SKOS.prefLabel, c.label());
            literal(concept, SKOS.definition, c.definition());
            concept.addProperty(SKOS.inScheme, scheme);
            if (c.broader() == null) {
                concept.addProperty(SKOS.topConceptOf, scheme);
                scheme.addProperty(SKOS.hasTopConcept, concept);
            } else {
                concept.addProperty(SKOS.broader, m.createResource(Ids.concept(s.name(), c.broader())));
            }
            c.exactMatch().forEach(iri -> concept.addProperty(SKOS.exactMatch, m.createResource(iri)));
            c.closeMatch().forEach(iri -> concept.addProperty(SKOS.closeMatch, m.createResource(iri)));
            literal(concept, DCTerms.source, c.source());
        }
    }

    private void thing(Thing t) {
        Resource r = resource(Ids.model(t.slug()), t.origin());
        if (t.isEntry()) {
            r.addProperty(RDF.type, MedFM.Entry);
        }
        if (t.isModel()) {
            r.addProperty(RDF.type, MedFM.Model);
        }
        literal(r, RDFS.label, t.label());
        literal(r, DCTerms.title, t.title());
        if (t.year() != null) {
            r.addLiteral(MedFM.year, m.createTypedLiteral(t.year().toString(), XSDDatatype.XSDgYear));
        }
        iri(r, MedFM.paper, t.paper());
        iri(r, MedFM.code, t.code());
        if (t.openWeights() != null) {
            r.addLiteral(MedFM.openWeights, m.createTypedLiteral(t.openWeights()));
        }
        literal(r, MedFM.organisation, t.organisation());
        identifiers(r, t.ids());
        for (Derivation d : t.derivedFrom()) {
            derivation(r, t, d);
        }
        if (t.isEntry()) {
            listing(r, t, t.listing());
        }
    }

    private void identifiers(Resource r, Thing.Identifiers ids) {
        if (ids.arxiv() != null) {
            literal(r, MedFM.arxivId, ids.arxiv());
            r.addProperty(Vocab.schemaSameAs, m.createResource(Vocab.ARXIV_ABS + ids.arxiv()));
        }
        if (ids.doi() != null) {
            literal(r, MedFM.doi, ids.doi());
            r.addProperty(Vocab.schemaSameAs, m.createResource(Vocab.DOI_ORG + ids.doi()));
        }
        for (String hf : ids.huggingface()) {
            r.addProperty(MedFM.weights, m.createResource(Vocab.HUGGINGFACE + hf));
        }
        if (ids.wikidata() != null) {
            r.addProperty(OWL.sameAs, m.createResource(Vocab.WIKIDATA_ENTITY + ids.wikidata()));
        }
    }

    private void derivation(Resource r, Thing t, Derivation d) {
        Resource base = m.createResource(Ids.model(d.base()));
        r.addProperty(MedFM.derivedFrom, base);
        r.addProperty(d.kind().property(), base);
        r.addProperty(Vocab.provWasDerivedFrom, base);
        Resource q = resource(Ids.derivation(t.slug(), d.base()), d.origin());
        r.addProperty(Vocab.provQualifiedDerivation, q);
        q.addProperty(RDF.type, MedFM.Derivation);
        literal(q, RDFS.label, t.label() + " from " + labelOf(d.base()) + " (" + d.kind().yamlName() + ")");
        q.addProperty(Vocab.provEntity, base);
        q.addProperty(MedFM.derivationKind, d.kind().property());
        literal(q, RDFS.comment, d.detail());
        literal(q, DCTerms.source, d.source());
    }

    private void listing(Resource r, Thing t, Listing l) {
        r.addProperty(MedFM.paradigm, m.createResource(Ids.concept("paradigm", l.paradigm().slug())));
        r.addProperty(MedFM.modality, m.createResource(Ids.concept("modality", l.modality().slug())));
        r.addProperty(MedFM.method, m.createResource(Ids.concept("method", l.method().slug())));
        r.addLiteral(MedFM.listPosition, m.createTypedLiteral(Integer.toString(l.row()), XSDDatatype.XSDinteger));
        literal(r, MedFM.venue, l.venue());
        for (Use u : l.uses()) {
            r.addProperty(MedFM.usesModel, m.createResource(Ids.model(u.model())));
        }
        for (Correction c : l.corrections()) {
            Resource cr = resource(Ids.correction(t.slug(), c.field().yamlName()), c.origin());
            r.addProperty(Vocab.schemaCorrection, cr);
            cr.addProperty(RDF.type, MedFM.Correction);
            literal(cr, RDFS.label, "Correction of the " + c.field().yamlName() + " of " + t.label());
            cr.addProperty(MedFM.correctionOf, r);
            cr.addProperty(MedFM.correctedProperty, c.field().property());
            literal(cr, MedFM.listedValue, c.listed());
            literal(cr, MedFM.correctedValue, c.corrected());
            literal(cr, DCTerms.source, c.source());
            literal(cr, RDFS.comment, c.note());
        }
    }

    private String labelOf(String slug) {
        Thing t = bySlug.get(slug);
        return t == null ? slug : t.label();
    }

    private void literal(Resource r, Property p, String value) {
        if (value != null) {
            r.addProperty(p, value);
        }
    }

    private void iri(Resource r, Property p, String value) {
        if (value != null) {
            r.addProperty(p, m.createResource(value));
        }
    }
}
