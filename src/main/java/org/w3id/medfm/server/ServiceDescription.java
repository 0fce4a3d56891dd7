package org.w3id.medfm.server;

import org.w3id.medfm.query.ExampleQueries;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.Prefixes;

/**
 * The SPARQL 1.1 Service Description of the endpoint, returned by a GET on it without a query (Fuseki itself
 * gives none): the endpoint, the language, the result formats, no SERVICE feature, and the default dataset with
 * its default graph (the knowledge graph, linked to the VoID description) and named graphs, each with its size.
 */
final class ServiceDescription {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
        "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD"};

    private ServiceDescription() {
    }

    static Model describe(String base, long defaultTriples, Map<String, Long> namedGraphs) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.map());
        m.setNsPrefix("formats", FORMATS);
        String endpoint = base + GraphServer.ENDPOINT_PATH.substring(1);
        Resource service = m.createResource(endpoint).addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(sd(m, "endpoint"), m.createResource(endpoint))
                .addProperty(sd(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(sd(m, "defaultEntailmentRegime"),
                        m.createResource("http://www.w3.org/ns/entailment/Simple"))
                .addProperty(DCTerms.title, "MedFM-KG SPARQL endpoint (read-only)")
                .addProperty(RDFS.comment, "SPARQL 1.1 Query over GET and POST. Read-only: updates and "
                        + "graph-store writes are refused. SERVICE is refused (no outbound requests). Queries are cut "
                        + "off after the server's timeout with 503. An answer holds at most 10000 rows or 100000 "
                        + "triples; a cut one carries the header X-SPARQL-MaxRows. Example queries are in the named graph <" + ExampleQueries.GRAPH
                        + "> as sh:SPARQLExecutable.")
                .addProperty(RDFS.seeAlso, m.createResource(base + ".well-known/void"));
        for (String f : RESULT_FORMATS) {
            service.addProperty(sd(m, "resultFormat"), m.createResource(FORMATS + f));
        }
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"));
        service.addProperty(sd(m, "defaultDataset"), dataset);
        dataset.addProperty(sd(m, "defaultGraph"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.source, m.createResource(Ids.DATASET))
                .addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(defaultTriples), XSDDatatype.XSDinteger)));
        namedGraphs.forEach((name, size) -> dataset.addProperty(sd(m, "namedGraph"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                .addProperty(sd(m, "name"), m.createResource(name))
                .addProperty(sd(m, "graph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"))
                        .addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(size), XSDDatatype.XSDinteger)))));
        return m;
    }

    private static Property sd(Model m, String local) {
        return m.createProperty(SD, local);
    }
}
