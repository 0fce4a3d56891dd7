package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --tdb2 DIR}: an empty store is loaded from the data, a loaded one is served as it is, read-only. */
class Tdb2Test {
    @Test
    void servesFromAPersistentStore(@TempDir Path dir) {
        ServerOptions options = ServerOptions.defaults().withPort(0).withQueriesDir(TestServer.QUERIES)
                .withTdb2(dir.resolve("tdb2"));
        for (int run = 0; run < 2; run++) {
            TestServer s = TestServer.start(options);
            try {
                HttpResponse<String> r = s.get("/sparql?query=" + Sparql.encode(Sparql.ENTRIES),
                        "Accept", "application/sparql-results+json");
                assertEquals(3, SparqlProtocolTest.rows(r.body()), "run " + run);
                assertTrue(s.get("/id/model/medsam", "Accept", "text/html").body().contains("Built from"));
                assertEquals(200, s.get("/dumps/medfm.nt").statusCode());
                HttpResponse<String> update = s.send(s.request("/sparql", "Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <a:s> <a:p> <a:o> }")));
                assertTrue(update.statusCode() >= 400 && update.statusCode() < 500);
                s.assertUnchanged();
            } finally {
                s.close();
            }
        }
    }
}
