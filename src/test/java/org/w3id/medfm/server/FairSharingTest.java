package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.medfm.server.policy.Limits;

/**
 * Fair sharing and slow clients (issue 12), on a server with small limits: a budget of 2 s of CPU time per
 * minute, 2 queries at once per client, a 1 s timeout, 20 kB per answer, 1 s idle and header timeouts.
 */
class FairSharingTest {
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l ."
            + " ?m ?n2 ?o . ?p ?q ?r }";
    @RegisterExtension
    static final TestServer s = TestServer.perClass(TestServer.testOptions().withTimeout(Duration.ofSeconds(1))
            .withLimits(Limits.defaults().withBudget(Duration.ofSeconds(2)).withRunning(8, 2)
                    .withMaxResponseBytes(20_000).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1))));

    @Test
    void aClientBeyondItsBudgetGets429WithRetryAfter() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 30 && !statuses.contains(429); i++) {
            last = s.get("/sparql?query=" + Sparql.encode(RUNAWAY));
            statuses.add(last.statusCode());
        }
        assertTrue(statuses.contains(503) && statuses.get(statuses.size() - 1) == 429, statuses.toString());
        long retry = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
        Safety.assertNoStackTrace(last.body());
        assertEquals(429, s.get("/sparql?query=" + Sparql.encode(Sparql.ENTRIES)).statusCode(),
                "the budget is the client's, whatever it asks");
        assertEquals(200, s.get("/id/model/medsam").statusCode(), "pages are not queries");
    }

    @Test
    void anAnswerLargerThanTheByteLimitIsAbortedNotEnded() {
        IOException e = assertThrows(IOException.class, () -> s.http.send(s.request("/sparql?query="
                + Sparql.encode("SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 5000"), "Accept", "text/csv").GET()
                .build(), HttpResponse.BodyHandlers.ofString()));
        assertTrue(e.getMessage() == null || !e.getMessage().isEmpty());
    }

    @Test
    void aClientTricklingItsHeadersIsCutOff() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), s.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            boolean closed = false;
            for (int i = 0; i < 60 && !closed; i++) {
                try {
                    out.write("X-Slow: a\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(200);
                } catch (IOException e) {
                    closed = true;
                }
            }
            assertTrue(closed || readsEnd(socket.getInputStream()), "the connection was left open");
        }
    }

    @Test
    void aSilentClientIsCutOff() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), s.server.port())) {
            socket.setSoTimeout(10_000);
            assertTrue(readsEnd(socket.getInputStream()), "the connection was left open");
        }
    }

    private static boolean readsEnd(InputStream in) {
        try {
            while (in.read() >= 0) {
                continue;
            }
            return true;
        } catch (IOException e) {
            return !(e instanceof java.net.SocketTimeoutException);
        }
    }
}
