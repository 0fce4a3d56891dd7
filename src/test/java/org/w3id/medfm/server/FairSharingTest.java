package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.medfm.server.policy.Limits;

/**
 * Fair sharing and slow clients (issue 12), on a server with small limits: a budget of 2 s of CPU time per
 * minute, 2 queries at once per client, a 1 s timeout, 20 kB per answer, a 1 s wait for a slot, a 1 s header
 * timeout and an idle timeout of 4 s (the wait, the timeout and 2 s); and on
 * fresh servers, with clients of their own loopback addresses, the queries one client runs at once and the lane
 * of long queries. Nothing here depends on how fast the machine is, only on the order in which things end.
 */
class FairSharingTest {
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l ."
            + " ?m ?n2 ?o . ?p ?q ?r }";
    @RegisterExtension
    static final TestServer s = TestServer.perClass(TestServer.testOptions().withTimeout(Duration.ofSeconds(1))
            .withLimits(Limits.defaults().withBudget(Duration.ofSeconds(2)).withRunning(8, 2)
                    .withMaxResponseBytes(20_000).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1))
                    .withQueueWait(Duration.ofSeconds(1))));

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

    /**
     * Three runaway queries sent at once by one client: whichever reaches the server third is refused at once
     * (which one that is, the client cannot know: requests on separate connections arrive in any order), while
     * the two others run until the timeout, and another client is answered meanwhile.
     */
    @Test
    void aClientRunsAtMostTwoQueriesAtOnceWhileAnotherIsServed() throws Exception {
        try (TestServer fresh = TestServer.start(TestServer.testOptions().withTimeout(Duration.ofSeconds(10))
                .withLimits(Limits.defaults().withRunning(8, 2)))) {
            LoopbackClient a = new LoopbackClient("127.0.0.2");
            LoopbackClient b = new LoopbackClient("127.0.0.3");
            URI runaway = fresh.uri("/sparql?query=" + Sparql.encode(RUNAWAY));
            URI cheap = fresh.uri("/sparql?query=" + Sparql.encode(Sparql.ENTRIES));
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                ExecutorCompletionService<LoopbackClient.Reply> three = new ExecutorCompletionService<>(pool);
                for (int i = 0; i < 3; i++) {
                    three.submit(() -> a.get(runaway));
                }
                LoopbackClient.Reply refused = three.take().get();
                assertEquals(429, refused.status(), refused.body());
                assertTrue(refused.body().contains("at most 2 run at once"), refused.body());
                long retry = Long.parseLong(refused.header("Retry-After").orElseThrow());
                assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
                Safety.assertNoStackTrace(refused.body());

                assertEquals(429, a.get(cheap).status(), "the two slots are the client's, whatever it asks");
                LoopbackClient.Reply other = b.get(cheap);
                assertEquals(200, other.status(), other.body());
                assertNull(three.poll(), "the other client was answered while the two still ran");

                for (int i = 0; i < 2; i++) {
                    LoopbackClient.Reply cut = three.take().get();
                    assertEquals(503, cut.status(), "cut off by the timeout: " + cut.body());
                }
                // The 503 reaches the client as its query's slot is being given back: a polite client that
                // is told to wait for a slot gets one within the Retry-After the server names.
                LoopbackClient.Reply again = a.get(cheap);
                for (int i = 0; i < 5 && again.status() == 429; i++) {
                    assertTrue(again.body().contains("at most 2 run at once"), again.body());
                    Thread.sleep(Math.min(1000, 1000 * Long.parseLong(again.header("Retry-After").orElseThrow())));
                    again = a.get(cheap);
                }
                assertEquals(200, again.status(), "its slots are free again: " + again.body());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Two clients whose queries were cut off by the timeout share the lane of long queries (one slot here): of
     * their next two runaways one runs and the other waits for the lane, then gets 503 with Retry-After, while a
     * third client asking a cheap question is answered from the slots the long lane never takes.
     */
    @Test
    void clientsWhoseQueriesRanLongShareTheLongLane() throws Exception {
        // The timeout leaves the runaway that runs time enough to outlast the cheap question on a loaded machine.
        try (TestServer fresh = TestServer.start(TestServer.testOptions().withTimeout(Duration.ofSeconds(12))
                .withLimits(Limits.defaults().withRunning(8, 2).withLongQueries(Duration.ofSeconds(1), 1)
                        .withQueueWait(Duration.ofSeconds(1))))) {
            LoopbackClient a = new LoopbackClient("127.0.0.4");
            LoopbackClient b = new LoopbackClient("127.0.0.5");
            LoopbackClient c = new LoopbackClient("127.0.0.6");
            URI runaway = fresh.uri("/sparql?query=" + Sparql.encode(RUNAWAY));
            URI cheap = fresh.uri("/sparql?query=" + Sparql.encode("ASK {}"));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<LoopbackClient.Reply> fromA = pool.submit(() -> a.get(runaway));
                Future<LoopbackClient.Reply> fromB = pool.submit(() -> b.get(runaway));
                assertEquals(503, fromA.get().status(), "cut off by the timeout");
                assertEquals(503, fromB.get().status(), "cut off by the timeout");

                ExecutorCompletionService<LoopbackClient.Reply> two = new ExecutorCompletionService<>(pool);
                two.submit(() -> a.get(runaway));
                two.submit(() -> b.get(runaway));
                LoopbackClient.Reply waited = two.take().get();
                LoopbackClient.Reply served = c.get(cheap);
                assertEquals(200, served.status(), served.body());
                assertNull(two.poll(), "the cheap question was answered while the long one ran");
                LoopbackClient.Reply ran = two.take().get();
                assertEquals(503, waited.status(), waited.body());
                assertTrue(waited.body().contains("busy with long queries"), waited.body());
                assertTrue(waited.header("Retry-After").isPresent());
                Safety.assertNoStackTrace(waited.body());
                assertEquals(503, ran.status());
                assertFalse(ran.body().contains("busy"), "it ran, until the timeout: " + ran.body());
            } finally {
                pool.shutdownNow();
            }
        }
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
