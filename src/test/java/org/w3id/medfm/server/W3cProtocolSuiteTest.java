package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetReaderRegistry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The W3C SPARQL 1.1 Protocol test manifest ({@code src/test/resources/w3c/sparql11-protocol}, from
 * w3c/rdf-tests, under the W3C test-suite licence) run against the live server: every request of every applicable
 * test is sent as the manifest gives it, and the response checked against the manifest's expected status, format
 * and boolean. Not applicable: tests that need the test's own graphs loaded into the store (ut:graphData; the
 * store serves our graph and fetches nothing) and tests whose update must succeed (the store is read-only). The
 * bad-update tests stay: they expect a 4xx, which a read-only store must give too.
 */
class W3cProtocolSuiteTest {
    private static final Path MANIFEST = Path.of("src/test/resources/w3c/sparql11-protocol/manifest.ttl");
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    private static final int APPLICABLE = 21;
    @RegisterExtension
    static final TestServer s = TestServer.perClass();
    private static final Model M = RDFDataMgr.loadModel(MANIFEST.toString());

    private static Property p(String ns, String local) {
        return M.createProperty(ns, local);
    }

    private static List<Resource> entries() {
        Resource manifest = M.listSubjectsWithProperty(p(MF, "entries")).next();
        return manifest.getPropertyResourceValue(p(MF, "entries")).as(RDFList.class).asJavaList().stream()
                .map(RDFNode::asResource).toList();
    }

    private static List<Resource> requests(Resource test) {
        Resource action = test.getPropertyResourceValue(p(MF, "action"));
        return action.getPropertyResourceValue(p(HT, "requests")).as(RDFList.class).asJavaList().stream()
                .map(RDFNode::asResource).toList();
    }

    /** Why a test cannot apply to this read-only store of our own graph, or null when it applies. */
    static String notApplicable(Resource test) {
        if (test.hasProperty(p(UT, "graphData"))) {
            return "needs the test's graphs loaded into the store";
        }
        Resource first = requests(test).get(0);
        boolean update = body(first).startsWith("update=") || headers(first).getOrDefault("content-type", "")
                .startsWith("application/sparql-update");
        boolean mustSucceed = expectedStatuses(first).stream().anyMatch(c -> c.startsWith("2"));
        return update && mustSucceed ? "needs a writable store" : null;
    }

    @Test
    void twentyOneTestsApplyAndTheRestAreNamed() {
        Map<String, String> skipped = new TreeMap<>();
        int applicable = 0;
        for (Resource t : entries()) {
            String why = notApplicable(t);
            if (why == null) {
                applicable++;
            } else {
                skipped.put(t.getLocalName(), why);
            }
        }
        assertEquals(APPLICABLE, applicable, "not applicable: " + skipped);
        assertEquals(34, entries().size());
    }

    @TestFactory
    Stream<DynamicTest> applicableTests() {
        return entries().stream().filter(t -> notApplicable(t) == null)
                .map(t -> DynamicTest.dynamicTest(t.getLocalName(), () -> run(t)));
    }

    private static void run(Resource test) throws Exception {
        for (Resource req : requests(test)) {
            String path = req.getProperty(p(HT, "absolutePath")).getString().replaceFirst("^/sparql/",
                    GraphServer.ENDPOINT_PATH);
            HttpRequest.Builder b = s.request(path);
            headers(req).forEach(b::header);
            String method = req.getProperty(p(HT, "methodName")).getString();
            Resource body = req.getPropertyResourceValue(p(HT, "body"));
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body(req).getBytes(Charset.forName(
                            body.getProperty(p(CNT, "characterEncoding")).getString()))));
            HttpResponse<byte[]> r = s.http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            check(test, req, r);
        }
    }

    private static void check(Resource test, Resource req, HttpResponse<byte[]> r) {
        String name = test.getLocalName() + ": " + r.statusCode() + " " + new String(r.body(),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> statuses = expectedStatuses(req);
        assertTrue(statuses.stream().anyMatch(c -> c.charAt(0) == Integer.toString(r.statusCode()).charAt(0)),
                name + " (expected " + statuses + ")");
        Resource resp = req.getPropertyResourceValue(p(HT, "resp"));
        if (!resp.hasProperty(p(MF, "expectedFormat"))) {
            return;
        }
        String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip()
                .toLowerCase(Locale.ROOT);
        String format = resp.getProperty(p(MF, "expectedFormat")).getString();
        if (format.equals("RDF")) {
            Lang lang = RDFLanguages.contentTypeToLang(type);
            assertTrue(lang != null && RDFLanguages.isTriples(lang), name + " as " + type);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(g);
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(type);
        assertTrue(lang != null && ResultSetReaderRegistry.isRegistered(lang), name + " as " + type);
        if (format.equals("boolean")) {
            assertTrue(lang == ResultSetLang.RS_JSON || lang == ResultSetLang.RS_XML, name + " as " + type);
            SPARQLResult result = org.apache.jena.sparql.resultset.ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(r.body()));
            assertTrue(result.isBoolean(), name);
            if (resp.hasProperty(p(MF, "expectedBoolean"))) {
                assertEquals(resp.getProperty(p(MF, "expectedBoolean")).getBoolean(), result.getBooleanResult(), name);
            }
        } else {
            SPARQLResult result = org.apache.jena.sparql.resultset.ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(r.body()));
            assertTrue(result.isResultSet(), name);
        }
    }

    private static String body(Resource req) {
        Resource body = req.getPropertyResourceValue(p(HT, "body"));
        return body == null ? "" : body.getProperty(p(CNT, "chars")).getString();
    }

    private static Map<String, String> headers(Resource req) {
        Map<String, String> out = new TreeMap<>();
        Resource list = req.getPropertyResourceValue(p(HT, "headers"));
        if (list != null) {
            for (RDFNode h : list.as(RDFList.class).asJavaList()) {
                out.put(h.asResource().getProperty(p(HT, "fieldName")).getString().toLowerCase(Locale.ROOT),
                        h.asResource().getProperty(p(HT, "fieldValue")).getString());
            }
        }
        return out;
    }

    /** The status classes a response may have: "2xx", "3xx", "4xx" from hts:StatusCode2xx and its kind. */
    private static List<String> expectedStatuses(Resource req) {
        List<String> out = new ArrayList<>();
        req.getPropertyResourceValue(p(HT, "resp")).listProperties(p(MF, "expectedStatus")).forEachRemaining(st ->
                out.add(st.getResource().getURI().replaceAll(".*StatusCode", "")));
        return out;
    }
}
