package org.w3id.medfm.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
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
import org.w3id.medfm.records.CorrectableField;
import org.w3id.medfm.records.EntryFacts;
import org.w3id.medfm.records.ListedValues;
import org.w3id.medfm.records.Listing;
import org.w3id.medfm.records.SourceList;
import org.w3id.medfm.records.Scheme;
import org.w3id.medfm.records.Thing;
import org.w3id.medfm.records.Use;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.MedFM;
import org.w3id.medfm.vocab.Prefixes;
import org.w3id.medfm.vocab.Vocab;

/**
 * Maps a checked {@link Catalog} to RDF. The mapping is documented in {@code data/README.md}. The graph is made
 * whole ({@link #map}) or in parts ({@link #parts}), whose union is the same graph.
 */
public final class GraphMapper {
    private Model m = ModelFactory.createDefaultModel();
    private Map<String, Origin> origins = new HashMap<>();
    private final FactMapper facts = new FactMapper(m, origins);
    private Map<String, Thing> bySlug;
    private final Map<String, String> listLabels = new HashMap<>();
    private final BibliographyMapper bibliography = new BibliographyMapper(m, this::resource);

    /**
     * A part of the graph: what the things share (the schemes, lists, data sets, venues and authors, with no things),
     * or the triples
     * of some things (each thing's own resource and the derivations, listings, corrections, data-set uses and
     * evidence it holds), with the file and line of each subject made here.
     */
    public record Part(MappedGraph graph, List<Thing> things) {
        public boolean shared() {
            return things.isEmpty();
        }
    }

    public MappedGraph map(Catalog catalog) {
        m.setNsPrefixes(Prefixes.map());
        shared(catalog);
        catalog.things().forEach(this::thing);
        return new MappedGraph(m, Map.copyOf(origins));
    }

    /**
     * The graph of {@code catalog} in parts, handed to {@code sink} one by one as each is made: first the shared
     * part, then the things, {@code size} at a time, in the catalog's order. Only one part is held here at a time.
     */
    public void parts(Catalog catalog, int size, Consumer<Part> sink) {
        target();
        shared(catalog);
        sink.accept(new Part(new MappedGraph(m, origins), List.of()));
        List<Thing> things = catalog.things();
        for (int from = 0; from < things.size(); from += size) {
            List<Thing> some = things.subList(from, Math.min(things.size(), from + size));
            target();
            some.forEach(this::thing);
            sink.accept(new Part(new MappedGraph(m, origins), List.copyOf(some)));
        }
    }

    private void target() {
        m = ModelFactory.createDefaultModel();
        origins = new HashMap<>();
        facts.target(m, origins);
        bibliography.target(m);
    }

    private void shared(Catalog catalog) {
        bySlug = catalog.bySlug();
        catalog.lists().forEach(l -> listLabels.put(l.slug(), l.label()));
        catalog.schemes().forEach(this::scheme);
        catalog.lists().forEach(this::list);
        facts.closedSchemes();
        catalog.datasets().forEach(facts::dataset);
        catalog.venues().forEach(v -> facts.venue(bibliography.venue(v), v));
        // Authors are shared too (a person writes many papers): described here, linked from each part.
        catalog.things().forEach(bibliography::people);
    }

    private Resource resource(String iri, Origin origin) {
        origins.putIfAbsent(iri, origin);
        return m.createResource(iri);
    }

    private void scheme(Scheme s) {
        scheme(s, s.name());
    }

    /** A list: what it is, which version the data follows, its licence, and its sections' scheme. */
    private void list(SourceList l) {
        Resource r = resource(Ids.list(l.slug()), l.origin());
        r.addProperty(RDF.type, MedFM.List);
        literal(r, RDFS.label, l.label());
        literal(r, DCTerms.title, l.title());
        iri(r, Vocab.schemaUrl, l.url());
        literal(r, Vocab.schemaVersion, l.commit());
        if (l.date() != null) {
            r.addLiteral(DCTerms.date, m.createTypedLiteral(l.date(), XSDDatatype.XSDdate));
        }
        iri(r, DCTerms.license, l.licence());
        r.addProperty(MedFM.sectionScheme, m.createResource(Ids.scheme(l.sectionScheme())));
        if (!l.isParadigmList()) {
            scheme(new Scheme(l.slug(), "Sections of " + l.label(), "The sections of the list " + l.label()
                    + " that the graph follows, as its page names them.", l.sections(), l.origin()), l.slug());
        }
    }

    private void scheme(Scheme s, String name) {
        Resource scheme = resource(Ids.scheme(name), s.origin());
        scheme.addProperty(RDF.type, SKOS.ConceptScheme);
        literal(scheme, RDFS.label, s.label());
        literal(scheme, SKOS.prefLabel, s.label());
        literal(scheme, SKOS.definition, s.definition());
        for (Scheme.Concept c : s.concepts()) {
            Resource concept = resource(Ids.concept(name, c.slug()), c.origin());
            concept.addProperty(RDF.type, SKOS.Concept);
            literal(concept, RDFS.label, c.label());
            literal(concept, SKOS.prefLabel, c.label());
            literal(concept, SKOS.definition, c.definition());
            concept.addProperty(SKOS.inScheme, scheme);
            if (c.broader() == null) {
                concept.addProperty(SKOS.topConceptOf, scheme);
                scheme.addProperty(SKOS.hasTopConcept, concept);
            } else {
                concept.addProperty(SKOS.broader, m.createResource(Ids.concept(name, c.broader())));
            }
            c.exactMatch().forEach(iri -> concept.addProperty(SKOS.exactMatch, m.createResource(iri)));
            c.closeMatch().forEach(iri -> concept.addProperty(SKOS.closeMatch, m.createResource(iri)));
            literal(concept, DCTerms.source, c.source());
            facts.concept(concept, s.name(), c);
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
        if (t.weightsPublished() != null) {
            r.addLiteral(MedFM.openWeights, m.createTypedLiteral(t.weightsPublished()));
        }
        literal(r, MedFM.organisation, t.organisation());
        identifiers(r, t.ids());
        bibliography.publication(r, t);
        literal(r, MedFM.noDerivationFound, t.noDerivation());
        for (Derivation d : t.derivedFrom()) {
            derivation(r, t, d);
        }
        facts.thing(r, t, t.label());
        if (t.isEntry()) {
            facts(r, t, t.facts());
        }
        listings(r, t);
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
        facts.describe(q, d.evidence());
    }

    private void facts(Resource r, Thing t, EntryFacts l) {
        t.paradigmListing().ifPresent(p -> r.addProperty(MedFM.paradigm,
                m.createResource(Ids.concept("paradigm", p.section()))));
        concept(r, MedFM.modality, "modality", l.modality() == null ? null : l.modality().slug());
        concept(r, MedFM.method, "method", l.method() == null ? null : l.method().slug());
        literal(r, MedFM.venue, l.venue());
        for (Use u : l.uses()) {
            r.addProperty(MedFM.usesModel, m.createResource(Ids.model(u.model())));
            facts.use(r, t, u, labelOf(u.model()));
        }
        for (Correction c : l.corrections()) {
            boolean ofSeed = t.listingsOf(c.listing()).stream().anyMatch(Listing::paradigm);
            String field = ofSeed ? c.field().yamlName() : c.field().yamlName() + "--" + c.listing();
            Resource cr = resource(Ids.correction(t.slug(), field), c.origin());
            r.addProperty(Vocab.schemaCorrection, cr);
            cr.addProperty(RDF.type, MedFM.Correction);
            literal(cr, RDFS.label, "Correction of the " + c.field().yamlName() + " of " + t.label());
            cr.addProperty(MedFM.correctionOf, r);
            cr.addProperty(MedFM.correctedProperty, c.field().property());
            cr.addProperty(MedFM.correctsListing, m.createResource(Ids.listing(t.slug(), c.listing(), 1)));
            literal(cr, MedFM.listedValue, c.listed());
            literal(cr, MedFM.correctedValue, c.corrected());
            literal(cr, DCTerms.source, c.source());
            literal(cr, RDFS.comment, c.note());
        }
    }

    /** Each listing: its list, section and position, and what the list printed. */
    private void listings(Resource r, Thing t) {
        Map<String, Integer> seen = new HashMap<>();
        for (Listing l : t.listings()) {
            int n = seen.merge(l.list(), 1, Integer::sum);
            Resource lr = resource(Ids.listing(t.slug(), l.list(), n), l.origin());
            r.addProperty(MedFM.listing, lr);
            lr.addProperty(RDF.type, MedFM.Listing);
            literal(lr, RDFS.label, t.label() + " in " + listLabels.getOrDefault(l.list(), l.list()));
            lr.addProperty(Vocab.schemaItem, r);
            lr.addProperty(MedFM.inList, m.createResource(Ids.list(l.list())));
            lr.addProperty(MedFM.section, m.createResource(Ids.concept(l.paradigm() ? "paradigm" : l.list(), l.section())));
            lr.addLiteral(MedFM.listPosition, m.createTypedLiteral(Integer.toString(l.position()), XSDDatatype.XSDinteger));
            if (l.paradigm()) {
                seedColumns(lr, t);
            } else {
                printed(lr, l.printed());
            }
        }
    }

    /** The seed prints the entry's own columns; where a correction exists, what it printed is the listed value. */
    private void seedColumns(Resource lr, Thing t) {
        literal(lr, MedFM.listedTitle, listed(t, CorrectableField.TITLE));
        String year = listed(t, CorrectableField.YEAR);
        if (year != null) {
            lr.addLiteral(MedFM.listedYear, m.createTypedLiteral(year, XSDDatatype.XSDgYear));
        }
        concept(lr, MedFM.listedModality, "modality", listed(t, CorrectableField.MODALITY));
        concept(lr, MedFM.listedMethod, "method", listed(t, CorrectableField.METHOD));
        literal(lr, MedFM.listedVenue, listed(t, CorrectableField.VENUE));
        iri(lr, MedFM.listedPaper, listed(t, CorrectableField.PAPER));
        iri(lr, MedFM.listedCode, listed(t, CorrectableField.CODE));
        String weights = listed(t, CorrectableField.OPEN_WEIGHTS);
        if (weights != null) {
            lr.addLiteral(MedFM.listedWeights, m.createTypedLiteral(Boolean.parseBoolean(weights)));
        }
    }

    private void printed(Resource lr, Listing.Printed p) {
        literal(lr, MedFM.listedName, p.name());
        literal(lr, MedFM.listedTitle, p.title());
        literal(lr, MedFM.listedAuthors, p.authors());
        literal(lr, MedFM.listedDate, p.date());
        literal(lr, MedFM.listedVenue, p.venue());
        String paper = p.paper();
        String code = p.code();
        iri(lr, MedFM.listedPaper, paper);
        iri(lr, MedFM.listedCode, code);
        for (Listing.Link link : p.links()) {
            if (!link.url().equals(paper) && !link.url().equals(code)) {
                iri(lr, MedFM.listedLink, link.url());
            }
        }
    }

    private static String listed(Thing t, CorrectableField field) {
        String v = ListedValues.listed(t, field);
        return ListedValues.EMPTY.equals(v) ? null : v;
    }

    private void concept(Resource r, Property p, String scheme, String slug) {
        if (slug != null && !ListedValues.EMPTY.equals(slug)) {
            r.addProperty(p, m.createResource(Ids.concept(scheme, slug)));
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
