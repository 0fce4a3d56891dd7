package org.w3id.medfm.server;

import org.w3id.medfm.query.ExampleQueries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way to write is refused, with a 4xx and no stack trace, and the data is the same after each attempt. */
class ReadOnlyTest {
    private static final String UPDATE = "INSERT DATA { <https://example.org/s> <https://example.org/p> 1 . "
            + "GRAPH <https://w3id.org/medfm/queries> { <https://example.org/s> <https://example.org/p> 2 } }";
    private static final String TURTLE = "<https://example.org/s> <https://example.org/p> <https://example.org/o> .";
    private static final String MULTIPART = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\n"
            + "Content-Type: text/turtle\r\n\r\n" + TURTLE + "\r\n--XyZ--\r\n";
    @RegisterExtension
    static final TestServer s = TestServer.perClass();

    static Stream<Arguments> writes() {
        return Stream.of(
                write("update by POST form", "POST", "/sparql", "application/x-www-form-urlencoded",
                        "update=" + Sparql.encode(UPDATE)),
                write("update by POST application/sparql-update", "POST", "/sparql", "application/sparql-update", UPDATE),
                write("update at /sparql/update", "POST", "/sparql/update", "application/sparql-update", UPDATE),
                write("update as a GET parameter", "GET", "/sparql?update=" + Sparql.encode(UPDATE), null, null),
                write("GSP PUT default graph", "PUT", "/sparql?default", "text/turtle", TURTLE),
                write("GSP POST default graph", "POST", "/sparql?default", "text/turtle", TURTLE),
                write("GSP DELETE default graph", "DELETE", "/sparql?default", null, null),
                write("GSP PUT named graph", "PUT", "/sparql/data?graph=" + Sparql.encode(ExampleQueries.GRAPH),
                        "text/turtle", TURTLE),
                write("GSP DELETE named graph", "DELETE", "/sparql/data?graph=" + Sparql.encode(ExampleQueries.GRAPH),
                        null, null),
                write("GSP POST to /sparql/get", "POST", "/sparql/get?default", "text/turtle", TURTLE),
                write("quads POST to the dataset", "POST", "/sparql", "application/n-quads",
                        TURTLE.replace(" .", " <https://example.org/g> .")),
                write("quads PUT to the dataset", "PUT", "/sparql", "application/trig", "{ " + TURTLE + " }"),
                write("upload", "POST", "/sparql/upload", "multipart/form-data; boundary=XyZ", MULTIPART),
                write("patch", "POST", "/sparql/patch", "application/rdf-patch", "A <a:s> <a:p> <a:o> ."),
                write("admin: add a dataset", "POST", "/$/datasets?dbName=x&dbType=mem", null, ""),
                write("PUT a page", "PUT", "/id/model/medsam", "text/turtle", TURTLE),
                write("DELETE a dump", "DELETE", "/dumps/medfm.ttl", null, null),
                write("POST the VoID", "POST", "/.well-known/void", "text/turtle", TURTLE));
    }

    private static Arguments write(String name, String method, String path, String type, String body) {
        return Arguments.of(name, method, path, type, body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void refused(String name, String method, String path, String type, String body) {
        HttpRequest.Builder b = s.request(path);
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = s.send(b);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, name + ": " + r.statusCode() + " " + r.body());
        Safety.assertNoStackTrace(r.body());
        s.assertUnchanged();
        // The client's next request, on the connection it may keep, is answered: a body refused unread ends the
        // connection with Connection: close, rather than unannounced.
        assertTrue(r.headers().firstValue("Connection").map("close"::equals).orElse(false) || body == null
                || body.isEmpty() || "POST".equals(method) && "application/x-www-form-urlencoded".equals(type),
                name + ": " + r.headers().map());
        assertEquals(200, s.get("/sparql?query=" + Sparql.encode("ASK {}")).statusCode(), name + ": the next request");
    }
}
