package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.MedFM;

/** Linked data: every thing at {@code /id/...} by content negotiation, the ontology, the VoID, real 404s. */
class LinkedDataTest {
    private static final Node MEDSAM = NodeFactory.createURI(Ids.model("medsam"));
    @RegisterExtension
    static final TestServer s = TestServer.perClass();

    static Stream<Arguments> rdfFormats() {
        return Stream.of(Arguments.of("text/turtle", Lang.TURTLE), Arguments.of("application/ld+json", Lang.JSONLD),
                Arguments.of("application/n-triples", Lang.NTRIPLES),
                Arguments.of("application/ld+json;q=0.9, text/turtle;q=0.5", Lang.JSONLD),
                Arguments.of("application/json", Lang.JSONLD));
    }

    @ParameterizedTest
    @MethodSource("rdfFormats")
    void aThingInEachRdfFormat(String accept, Lang lang) {
        HttpResponse<String> r = s.get("/id/model/medsam", "Accept", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(lang.getHeaderString()));
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        Graph g = SparqlProtocolTest.parse(r.body(), lang);
        for (Triple t : s.kg.model().getGraph().find(MEDSAM, Node.ANY, Node.ANY).toList()) {
            assertTrue(g.contains(t), "missing " + t);
        }
        assertTrue(g.contains(NodeFactory.createURI(Ids.model("segment-anything")), RDFS.label.asNode(), Node.ANY),
                "labels of what it links to");
        assertTrue(g.contains(NodeFactory.createURI(Ids.model("medsam-plus")), MedFM.derivedFrom.asNode(), MEDSAM),
                "incoming derivations");
    }

    @Test
    void jsonLdIsCompactedWithOurContext() {
        String body = s.get("/id/model/medsam", "Accept", "application/ld+json").body();
        assertTrue(body.contains("\"label\"") && body.contains("\"@context\""), body);
        assertFalse(body.contains("http://www.w3.org/2000/01/rdf-schema#label"), body);
    }

    @Test
    void browsersGetHtmlAndMachinesWithoutPreferenceGetTurtle() {
        HttpResponse<String> html = s.get("/id/model/medsam", "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8");
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(html.body().contains("<h1>MedSAM</h1>"), html.body());
        for (String accept : new String[] {"*/*", null}) {
            HttpResponse<String> r = accept == null ? s.get("/id/model/medsam") : s.get("/id/model/medsam", "Accept", accept);
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"), accept);
        }
        assertTrue(s.get("/id/model/medsam?format=nt").headers().firstValue("Content-Type").orElseThrow()
                .startsWith("application/n-triples"));
    }

    @Test
    void unknownMediaTypeGets406() {
        HttpResponse<String> r = s.get("/id/model/medsam", "Accept", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/model/no-such-model", "/id/model/", "/id/model", "/id/", "/id/nokind/medsam",
        "/id/model/medsam/extra", "/id/model/MEDSAM", "/id/model/medsam%20x", "/id/derivation/a--b"})
    void unknownThingsAre404(String path) {
        HttpResponse<String> r = s.get(path, "Accept", "text/turtle");
        assertEquals(404, r.statusCode(), path + " " + r.body());
        Safety.assertNoStackTrace(r.body());
    }

    @Test
    void conceptsSchemesAndDerivationsHavePagesToo() {
        for (String p : List.of("/id/paradigm/visual-self-supervised-learning", "/id/scheme/modality",
                "/id/derivation/medsam--segment-anything", "/id/method/adaptation")) {
            assertEquals(200, s.get(p, "Accept", "text/html").statusCode(), p);
            assertEquals(200, s.get(p, "Accept", "text/turtle").statusCode(), p);
        }
    }

    @Test
    void theOntologyByNegotiation() throws Exception {
        Graph file = RDFDataMgr.loadGraph(TestServer.SOURCES.ontologyFile().toString());
        HttpResponse<String> ttl = s.get("/ontology", "Accept", "text/turtle");
        assertEquals(Files.readString(TestServer.SOURCES.ontologyFile()), ttl.body());
        for (Lang lang : List.of(Lang.JSONLD, Lang.NTRIPLES)) {
            HttpResponse<String> r = s.get("/ontology", "Accept", lang.getHeaderString());
            assertTrue(SparqlProtocolTest.parse(r.body(), lang).isIsomorphicWith(file), lang.getLabel());
        }
        String html = s.get("/ontology", "Accept", "text/html").body();
        for (Node type : List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode())) {
            for (Triple t : file.find(Node.ANY, RDF.type.asNode(), type).toList()) {
                String iri = t.getSubject().isURI() ? t.getSubject().getURI() : "";
                if (iri.startsWith(MedFM.NS)) {
                    assertTrue(html.contains("id=\"" + iri.substring(MedFM.NS.length()) + "\""), "no section for " + iri);
                }
            }
        }
    }

    @Test
    void theVoidIsTruthful() {
        HttpResponse<String> r = s.get("/.well-known/void");
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        Graph v = SparqlProtocolTest.parse(r.body(), Lang.TURTLE);
        Node ds = NodeFactory.createURI(Ids.DATASET);
        assertTrue(v.contains(ds, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(s.server.endpoint())));
        assertTrue(v.contains(ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(Ids.ID_SPACE)));
        String triples = QueryExec.graph(v).query("SELECT ?n { <" + Ids.DATASET + "> <" + VOID.triples + "> ?n }")
                .select().next().get("n").getLiteralLexicalForm();
        assertEquals(String.valueOf(s.kg.model().size()), triples);
        List<Node> dumps = v.find(ds, VOID.dataDump.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(3, dumps.size());
        for (Node dump : dumps) {
            assertTrue(dump.getURI().startsWith(s.server.url()), dump.toString());
            HttpResponse<byte[]> d = s.getBytes(dump.getURI().substring(s.server.url().length() - 1));
            assertEquals(200, d.statusCode(), dump.toString());
            String size = QueryExec.graph(v).query("SELECT ?n { <" + dump.getURI()
                    + "> <http://www.w3.org/ns/dcat#byteSize> ?n }").select().next().get("n").getLiteralLexicalForm();
            assertEquals(String.valueOf(d.body().length), size, dump.toString());
        }
        HttpResponse<String> jsonld = s.get("/.well-known/void", "Accept", "application/ld+json");
        assertTrue(SparqlProtocolTest.parse(jsonld.body(), Lang.JSONLD).isIsomorphicWith(v));
    }

    @Test
    void theContextIsServed() throws Exception {
        HttpResponse<String> r = s.get("/context.jsonld");
        assertEquals(200, r.statusCode());
        assertEquals("application/ld+json", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(Files.readString(TestServer.SOURCES.contextFile()), r.body());
    }
}
