package org.w3id.medfm.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.medfm.records.Person;
import org.w3id.medfm.records.Publication;
import org.w3id.medfm.records.PublicationDate;
import org.w3id.medfm.records.Thing;
import org.w3id.medfm.records.Venue;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.MedFM;
import org.w3id.medfm.vocab.Vocab;

/**
 * Maps the bibliographic facts to RDF: each paper's authors as {@code schema:author} links (for simple queries)
 * and in order as a {@code bibo:authorList} rdf:List, one {@code schema:Person} per author, the date as
 * {@code schema:datePublished} typed as precisely as it is known, and the venue as a resource.
 */
final class BibliographyMapper {
    private Model m;
    private final BiFunction<String, Origin, Resource> resource;
    /**
     * Names of each shared person node (see {@link #sharedPerson}), first seen first: an ORCID-identified person may
     * appear under two spellings.
     */
    private final Map<String, List<String>> names = new LinkedHashMap<>();

    /** @param resource creates a resource and remembers the file it came from */
    BibliographyMapper(Model m, BiFunction<String, Origin, Resource> resource) {
        this.m = m;
        this.resource = resource;
    }

    /** Maps into {@code m} from now on (a graph mapped in parts). */
    void target(Model m) {
        this.m = m;
    }

    /**
     * Describes the authors of {@code t} (each person once, under the first spelling met; another spelling is an
     * alternate name), so that a work mapped later only links to them.
     */
    void people(Thing t) {
        t.authors().stream().filter(BibliographyMapper::sharedPerson).forEach(p -> person(p, names));
    }

    /**
     * Whether {@code p} is one node across papers (an ORCID iD was seen), described with what the things share;
     * an author known by name only is a node of their paper's, described with it (in its part, when the graph is
     * mapped in parts), so that what the parts share does not grow with the papers.
     */
    static boolean sharedPerson(Person p) {
        return p.orcid() != null;
    }

    Resource venue(Venue v) {
        Resource r = resource.apply(Ids.venue(v.slug()), v.origin());
        r.addProperty(RDF.type, MedFM.Venue);
        if (v.type() != null) {
            r.addProperty(RDF.type, MedFM.term(v.type().className()));
        }
        r.addProperty(RDFS.label, v.label());
        r.addProperty(Vocab.schemaName, v.title() == null ? v.label() : v.title());
        if (v.url() != null) {
            r.addProperty(Vocab.schemaUrl, m.createResource(v.url()));
        }
        if (v.issn() != null) {
            r.addProperty(Vocab.schemaIssn, v.issn());
        }
        if (v.wikidata() != null) {
            r.addProperty(OWL.sameAs, m.createResource(Vocab.WIKIDATA_ENTITY + v.wikidata()));
        }
        return r;
    }

    void publication(Resource work, Thing t) {
        Publication p = t.publication();
        List<RDFNode> people = new ArrayList<>();
        // The paper's own authors: each described once, under the first spelling met (as a shared person is).
        Map<String, List<String>> own = new LinkedHashMap<>();
        for (Person person : t.authors()) {
            Resource r = sharedPerson(person) ? person(person, names) : person(person, own);
            work.addProperty(Vocab.schemaAuthor, r);
            people.add(r);
        }
        if (!people.isEmpty()) {
            work.addProperty(Vocab.biboAuthorList, list(t.slug(), people));
        }
        if (p.date() != null) {
            work.addLiteral(Vocab.schemaDatePublished, m.createTypedLiteral(p.date().text(), datatype(p.date())));
        }
        if (p.venue() != null) {
            work.addProperty(MedFM.publishedIn, m.createResource(Ids.venue(p.venue())));
        }
    }

    /**
     * An rdf:List whose cells are named {@code https://w3id.org/medfm/id/author-list/{slug}--{n}} rather than
     * left blank: the dumps stay byte-stable, a store can take the graph in chunks (blank nodes would get fresh
     * identities per request), and the streaming JSON-LD writer can express every cell.
     */
    private Resource list(String slug, List<RDFNode> items) {
        Resource rest = RDF.nil;
        for (int i = items.size() - 1; i >= 0; i--) {
            Resource cell = m.createResource(Ids.authorListCell(slug, i + 1));
            cell.addProperty(RDF.first, items.get(i));
            cell.addProperty(RDF.rest, rest);
            rest = cell;
        }
        return rest;
    }

    /** {@code p}'s node, described the first time {@code seen} (the names met so far, by node) meets it. */
    private Resource person(Person p, Map<String, List<String>> seen) {
        Resource r = resource.apply(Ids.person(p.slug()), p.origin());
        List<String> known = seen.computeIfAbsent(r.getURI(), k -> new ArrayList<>());
        if (known.contains(p.name())) {
            return r;
        }
        known.add(p.name());
        if (known.size() == 1) {
            r.addProperty(RDF.type, Vocab.schemaPerson);
            r.addProperty(RDFS.label, p.name());
            r.addProperty(Vocab.schemaName, p.name());
            if (p.orcid() != null) {
                r.addProperty(OWL.sameAs, m.createResource(Vocab.ORCID + p.orcid()));
            }
        } else {
            r.addProperty(Vocab.schemaAlternateName, p.name());
        }
        return r;
    }

    private static RDFDatatype datatype(PublicationDate d) {
        return switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
    }
}
