package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.medfm.server.policy.Limits;

/**
 * A bounded fuzz of the endpoint (issue 12): thousands of queries made by mutating and splicing the example
 * queries, sent from four clients at once. No answer may be a 5xx other than 503 (a timeout, a full server), the
 * server must answer a plain query afterwards, and its heap must not have grown by more than a bound. The random
 * seed is fixed, so a failure can be replayed.
 */
class FuzzTest {
    private static final int QUERIES = 3000;
    private static final Duration MOST = Duration.ofSeconds(150);
    private static final long HEAP_GROWTH = 256L << 20;
    private static final String[] TOKENS = {"{", "}", "(", ")", "[", "]", ".", ";", ",", "*", "?x", "$y", "\"",
        "'", "'''", "<", ">", "#", "\\", "\u0000", "\uFFFF", "é", "OPTIONAL {", "FILTER(", "EXISTS {", "NOT EXISTS {",
        "MINUS {", "UNION", "GRAPH ?g {", "SERVICE <http://127.0.0.1:9/sparql> {", "SERVICE SILENT ?s {",
        "SELECT * WHERE {", "ASK {", "CONSTRUCT {", "DESCRIBE ", "VALUES ?x { 1 2 }", "BIND(1 AS ?z)",
        "ORDER BY ", "GROUP BY ?x", "HAVING(", "LIMIT 5", "OFFSET 99999999999999999999", "COUNT(*)",
        "<java:java.lang.System>(", "<http://jena.apache.org/ARQ/function#wait>(100000)", "CALL(", "+", "/", "|",
        "^", "!", "^^", "@en", "1e999999", "0x", "PREFIX : <", "BASE <", "a", "?s ?p ?o .", "SUBSTR(", "REGEX(",
        "REPLACE(", "CONCAT(", "LATERAL {", "TRIPLE(", "<<", ">>", "{|", "|}"};
    @RegisterExtension
    static final TestServer s = TestServer.perClass(TestServer.testOptions().withTimeout(Duration.ofSeconds(1))
            .withLimits(Limits.defaults().withBudget(Duration.ofHours(1)).withRunning(8, 8)
                    .withLongQueries(Duration.ofHours(1), 8)));

    @Test
    void mutatedQueriesNeverGetA5xxOtherThan503() throws Exception {
        List<String> seeds = seeds();
        Random random = new Random(20261130L);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            queries.add(mutate(seeds, random));
        }
        long heapBefore = usedHeapAfterGc();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + MOST.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        AtomicInteger sent = new AtomicInteger();
        for (String q : queries) {
            clients.submit(() -> {
                if (System.nanoTime() > deadline) {
                    return;
                }
                int status = send(q);
                sent.incrementAndGet();
                statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                if (status >= 500 && status != 503 || status < 0) {
                    failures.add(status + " for " + q);
                }
            });
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(MOST.toSeconds() + 60, TimeUnit.SECONDS));
        Map<Integer, Integer> summary = new TreeMap<>();
        statuses.forEach((k, v) -> summary.put(k, v.get()));
        assertTrue(failures.isEmpty(), failures.size() + " failures, e.g. " + failures.stream().limit(3).toList());
        assertTrue(sent.get() >= 2000, "only " + sent.get() + " sent in time: " + summary);
        assertTrue(summary.containsKey(200) && summary.containsKey(400), summary.toString());
        HttpResponse<String> alive = s.get("/sparql?query=" + Sparql.encode(Sparql.ENTRIES),
                "Accept", "application/sparql-results+json");
        assertEquals(200, alive.statusCode());
        assertEquals(3, SparqlProtocolTest.rows(alive.body()));
        long growth = usedHeapAfterGc() - heapBefore;
        assertTrue(growth < HEAP_GROWTH, "the heap grew by " + (growth >> 20) + " MB: " + summary);
    }

    private static int send(String query) {
        try {
            HttpResponse<Void> r = s.http.send(s.request("/sparql", "Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -2;
        }
    }

    /** One mutation of a seed: a span deleted, doubled or moved, a token put in, or two seeds spliced. */
    static String mutate(List<String> seeds, Random random) {
        String q = seeds.get(random.nextInt(seeds.size()));
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            int a = random.nextInt(q.length() + 1);
            int b = Math.min(q.length(), a + random.nextInt(40));
            q = switch (random.nextInt(5)) {
                case 0 -> q.substring(0, a) + q.substring(b);
                case 1 -> q.substring(0, b) + q.substring(a, b) + q.substring(b);
                case 2 -> q.substring(0, a) + TOKENS[random.nextInt(TOKENS.length)] + " " + q.substring(a);
                case 3 -> {
                    String other = seeds.get(random.nextInt(seeds.size()));
                    yield q.substring(0, a) + other.substring(random.nextInt(other.length()));
                }
                default -> q.substring(a, b) + q.substring(0, a) + q.substring(b);
            };
        }
        return q;
    }

    private static List<String> seeds() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("queries"), TestServer.QUERIES)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                    out.add(Files.readString(f));
                }
            }
        }
        return out;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
