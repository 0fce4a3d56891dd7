package org.w3id.medfm.output;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.MedFM;
import org.w3id.medfm.vocab.Prefixes;

/**
 * The VoID and DCAT description of the dataset: what it is, its licence and version, where its SPARQL endpoint
 * and dumps are, and counts (triples, class and property partitions) computed from the graph itself.
 */
public final class VoidDescription {
    public static final String VERSION = "0.1.0";
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    private static final org.apache.jena.shared.PrefixMapping PREFIXES = Prefixes.mapping().lock();
    private static final String[] EXAMPLES = {"medsam", "llava-med", "segment-anything"};

    /**
     * Where the dataset is published.
     *
     * @param endpoint the SPARQL endpoint's URL
     * @param dumpBase the URL the dump file names are resolved against (ends with '/')
     */
    public record Addresses(String endpoint, String dumpBase) {
        /** The canonical public addresses under {@code https://w3id.org/medfm/}. */
        public static Addresses canonical() {
            return new Addresses(Ids.BASE + "sparql", Ids.BASE + "dumps/");
        }
    }

    private VoidDescription() {
    }

    /**
     * What the description counts: triples, distinct subjects, entities per class and triples per property, and
     * which of the example resources are there. {@link #of} counts a graph; {@link #add} counts triples as they
     * come, all of a subject's together (as in a sorted dump).
     */
    public static final class Counts {
        private long triples;
        private long subjects;
        private final Map<String, Long> classes = new TreeMap<>();
        private final Map<String, Long> properties = new TreeMap<>();
        private final java.util.Set<String> examples = new java.util.TreeSet<>();
        private Node last;

        public static Counts of(Graph data) {
            Counts c = new Counts();
            data.find().forEachRemaining(c::count);
            c.subjects = data.find().mapWith(t -> t.getSubject()).toSet().size();
            return c;
        }

        public void add(Triple t) {
            count(t);
            if (!t.getSubject().equals(last)) {
                subjects++;
                last = t.getSubject();
            }
        }

        private void count(Triple t) {
            triples++;
            properties.merge(t.getPredicate().getURI(), 1L, Long::sum);
            Node o = t.getObject();
            if (t.getPredicate().equals(RDF.type.asNode()) && o.isURI()) {
                classes.merge(o.getURI(), 1L, Long::sum);
            }
            if (t.getSubject().isURI() && EXAMPLE_IRIS.contains(t.getSubject().getURI())) {
                examples.add(t.getSubject().getURI());
            }
        }

        public long triples() {
            return triples;
        }
    }

    private static final java.util.List<String> EXAMPLE_IRIS = java.util.Arrays.stream(EXAMPLES).map(Ids::model)
            .toList();

    /** Describes {@code data}; {@code dumpSizes} maps each dump format to its size in bytes. */
    public static Model describe(Graph data, Map<DumpFormat, Long> dumpSizes, Addresses at) {
        return describe(Counts.of(data), dumpSizes, at);
    }

    /** Describes a graph counted as {@code data}. */
    public static Model describe(Counts data, Map<DumpFormat, Long> dumpSizes, Addresses at) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.map());
        Resource ds = m.createResource(Ids.DATASET);
        ds.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "MedFM-KG: a knowledge graph of medical foundation models")
                .addProperty(DCTerms.description, "The Awesome Medical Foundation Models list as linked data: every "
                        + "listed model with its year, modality, learning paradigm, paper, code and weights, the base "
                        + "models it was derived from and how, corrections of the list with their sources, and links to "
                        + "arXiv, DOI, Hugging Face, Wikidata and MeSH.")
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(OWL.versionInfo, VERSION)
                .addProperty(m.createProperty(DCAT.NS + "version"), VERSION)
                .addProperty(VOID.uriSpace, Ids.ID_SPACE)
                .addProperty(VOID.sparqlEndpoint, m.createResource(at.endpoint()))
                .addProperty(VOID.vocabulary, m.createResource(MedFM.NS))
                .addProperty(DCTerms.conformsTo, m.createResource(MedFM.ONTOLOGY))
                .addProperty(RDFS.seeAlso, m.createResource(Ids.CONTEXT));
        for (String iri : EXAMPLE_IRIS) {
            if (data.examples.contains(iri)) {
                ds.addProperty(VOID.exampleResource, m.createResource(iri));
            }
        }
        for (DumpFormat f : DumpFormat.values()) {
            Resource dump = m.createResource(at.dumpBase() + f.fileName());
            ds.addProperty(VOID.dataDump, dump);
            ds.addProperty(DCAT.distribution, dump);
            dump.addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, dump)
                    .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + f.mediaType()))
                    .addProperty(DCTerms.format, f.mediaType());
            Long size = dumpSizes.get(f);
            if (size != null) {
                dump.addLiteral(DCAT.byteSize, m.createTypedLiteral(size.toString(), XSDDatatype.XSDnonNegativeInteger));
            }
        }
        counts(m, ds, data);
        return m;
    }

    /**
     * {@code description} with the dataset's addresses {@code from} (its endpoint and dump IRIs) moved to {@code to}:
     * the build describes the canonical addresses, a server its own.
     */
    public static Graph relocate(Graph description, Addresses from, Addresses to) {
        Map<Node, Node> moved = new java.util.HashMap<>();
        moved.put(NodeFactory.createURI(from.endpoint()), NodeFactory.createURI(to.endpoint()));
        for (DumpFormat f : DumpFormat.values()) {
            moved.put(NodeFactory.createURI(from.dumpBase() + f.fileName()),
                    NodeFactory.createURI(to.dumpBase() + f.fileName()));
        }
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        description.find().forEachRemaining(t -> out.add(Triple.create(moved.getOrDefault(t.getSubject(),
                t.getSubject()), t.getPredicate(), moved.getOrDefault(t.getObject(), t.getObject()))));
        return out;
    }

    private static void counts(Model m, Resource ds, Counts data) {
        ds.addLiteral(VOID.triples, integer(m, data.triples));
        ds.addLiteral(VOID.distinctSubjects, integer(m, data.subjects));
        ds.addLiteral(VOID.classes, integer(m, data.classes.size()));
        ds.addLiteral(VOID.properties, integer(m, data.properties.size()));
        data.classes.forEach((iri, n) -> ds.addProperty(VOID.classPartition, m.createResource(Ids.DATASET + "#class-"
                + localName(iri)).addProperty(VOID._class, m.createResource(iri)).addLiteral(VOID.entities,
                integer(m, n))));
        data.properties.forEach((iri, n) -> ds.addProperty(VOID.propertyPartition, m.createResource(Ids.DATASET
                + "#property-" + localName(iri))
                .addProperty(VOID.property, m.createResource(iri)).addLiteral(VOID.triples, integer(m, n))));
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** A partition's fragment: the term's prefixed name, with '-' for ':' ({@code medfm-Model}). */
    private static String localName(String iri) {
        return PREFIXES.shortForm(iri).replace(':', '-');
    }
}
