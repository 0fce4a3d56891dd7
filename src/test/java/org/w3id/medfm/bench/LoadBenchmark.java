package org.w3id.medfm.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.w3id.medfm.query.ExampleQueries;
import org.w3id.medfm.query.ExampleQuery;

/**
 * Cheap queries while others run away: a load benchmark of {@code serve}, not a test. The server runs in its own
 * JVM with the README's heap ({@code -Xmx1g}), started afresh for each of two phases of the same length:
 * <ol>
 * <li>six clients send the example queries that run here, one after another without pause;</li>
 * <li>the same six, and two clients sending runaway queries back to back (cartesian products counted, sorted and
 * concatenated, each cut off by the timeout), honouring {@code Retry-After} when refused, or not at all with
 * {@code hostile}.</li>
 * </ol>
 * Each client has its own loopback address (127.0.0.11 and up), so that the server tells them apart as it would
 * tell apart machines. Prints, per phase, the example queries' p50 and p95 latency, the count of each status, and
 * the server's peak RSS (VmHWM), and the ratio of the p95s. The bar (issue 12): p95 within 3x, no 5xx but 503,
 * peak RSS under 1.5 GB.
 *
 * <p>The fifth argument is the server's maximum heap ({@code 1g} by default; {@code default} gives none, so the
 * JVM's own default applies); the system property {@code load.jvm} adds options to the server's JVM (for example
 * {@code -XX:NativeMemoryTracking=summary}, to see where its memory goes).
 *
 * <pre>mvn -q -DskipNpm=true test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.w3id.medfm.bench.LoadBenchmark [-Dexec.args="data queries 60 polite 1g"]</pre>
 */
public final class LoadBenchmark {
    private static final PrintStream OUT = System.out;
    private static final String PRE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final List<String> RUNAWAYS = List.of(PRE,
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?l ?a",
            "SELECT (GROUP_CONCAT(STR(?c)) AS ?all) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "SELECT DISTINCT ?a ?d ?g ?l WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
    private final Path data;
    private final Path queries;
    private final List<String> examples;
    private final long seconds;
    private final boolean hostile;
    private final String heap;

    private LoadBenchmark(Path data, Path queries, long seconds, boolean hostile, String heap) throws Exception {
        this.data = data;
        this.queries = queries;
        this.examples = ExampleQueries.read(queries).stream().filter(ExampleQuery::runsHere).map(ExampleQuery::text)
                .toList();
        this.seconds = seconds;
        this.hostile = hostile;
        this.heap = heap;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "data");
        Path queries = Path.of(args.length > 1 ? args[1] : "queries");
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 60;
        boolean hostile = args.length > 3 && args[3].equals("hostile");
        String heap = args.length > 4 ? args[4] : "1g";
        new LoadBenchmark(data, queries, seconds, hostile, heap).run();
        System.exit(0);
    }

    private void run() throws Exception {
        OUT.printf("%d example queries, 6 clients; %d s per phase; runaway clients %s Retry-After; server heap %s%n",
                examples.size(), seconds, hostile ? "ignore" : "honour", heap.equals("default") ? "the JVM's default"
                        : "-Xmx" + heap);
        Phase quiet = phase(0);
        Phase loud = phase(2);
        OUT.println();
        OUT.printf("%-22s %8s %8s %8s %s%n", "phase", "queries", "p50 ms", "p95 ms", "statuses (example | runaway)");
        quiet.print("6 example clients");
        loud.print("+ 2 runaway clients");
        OUT.printf("p95 ratio %.2f (bar 3.00); 5xx other than 503: %d; peak RSS %.0f MB and %.0f MB (bar 1536 MB)%n",
                loud.p95() / quiet.p95(), quiet.bad() + loud.bad(), quiet.rssKb / 1024.0, loud.rssKb / 1024.0);
    }

    /** What one phase measured. */
    private record Phase(List<Long> latencies, Map<Integer, AtomicInteger> statuses,
            Map<Integer, AtomicInteger> runawayStatuses, long rssKb) {
        double percentile(double p) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1,
                    Math.ceil(p * sorted.size()) - 1)) / 1e6;
        }

        double p95() {
            return percentile(0.95);
        }

        long bad() {
            return bad(statuses) + bad(runawayStatuses);
        }

        private static long bad(Map<Integer, AtomicInteger> m) {
            return m.entrySet().stream().filter(e -> e.getKey() >= 500 && e.getKey() != 503 || e.getKey() < 0)
                    .mapToLong(e -> e.getValue().get()).sum();
        }

        void print(String name) {
            OUT.printf("%-22s %8d %8.1f %8.1f %s | %s; peak RSS %.0f MB%n", name, latencies.size(), percentile(0.5),
                    p95(), new java.util.TreeMap<>(statuses), new java.util.TreeMap<>(runawayStatuses), rssKb / 1024.0);
        }
    }

    private Phase phase(int runaways) throws Exception {
        try (Server server = Server.start(data, queries, heap)) {
            OUT.printf("server pid %d at %s; warming up%n", server.pid(), server.endpoint);
            drive(server, 0, Math.min(15, seconds / 2), new ArrayList<>(), new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>());
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            Map<Integer, AtomicInteger> runaway = new ConcurrentHashMap<>();
            OUT.printf("measuring %d s with %d runaway clients%n", seconds, runaways);
            drive(server, runaways, seconds, latencies, statuses, runaway);
            return new Phase(latencies, statuses, runaway, server.peakRssKb());
        }
    }

    /** Runs 6 example clients and {@code runaways} runaway clients for {@code seconds}. */
    private void drive(Server server, int runaways, long seconds, List<Long> latencies,
            Map<Integer, AtomicInteger> statuses, Map<Integer, AtomicInteger> runawayStatuses) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            String from = "127.0.0." + (11 + c);
            int first = c;
            threads.add(started(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    String q = examples.get(i % examples.size());
                    long t0 = System.nanoTime();
                    int status = server.post(from, q).status();
                    latencies.add(System.nanoTime() - t0);
                    statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                }
            }));
        }
        for (int c = 0; c < runaways; c++) {
            String from = "127.0.0." + (21 + c);
            int first = c;
            threads.add(started(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    Reply r = server.post(from, RUNAWAYS.get(i % RUNAWAYS.size()));
                    runawayStatuses.computeIfAbsent(r.status(), k -> new AtomicInteger()).incrementAndGet();
                    if (!hostile && r.retryAfter() > 0) {
                        sleepUntil(Math.min(end, System.nanoTime() + TimeUnit.SECONDS.toNanos(r.retryAfter())));
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private static Thread started(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }

    private static void sleepUntil(long nanos) {
        long ms = TimeUnit.NANOSECONDS.toMillis(nanos - System.nanoTime());
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A status (negative when the request failed) and the Retry-After seconds (0 when none). */
    private record Reply(int status, long retryAfter) {
    }

    /** {@code serve} in its own JVM, as the README starts it, on a free port; stopped when closed. */
    private static final class Server implements AutoCloseable {
        private final Process process;
        private final URI endpoint;

        private Server(Process process, URI endpoint) {
            this.process = process;
            this.endpoint = endpoint;
        }

        static Server start(Path data, Path queries, String heap) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java));
            if (!heap.equals("default")) {
                command.add("-Xmx" + heap);
            }
            String more = System.getProperty("load.jvm", "");
            if (!more.isBlank()) {
                command.addAll(List.of(more.strip().split("\\s+")));
            }
            command.addAll(List.of("-cp", ServerBenchmark.classPath(), "org.w3id.medfm.cli.Main", "serve", "--port",
                    "0", "--data-dir", data.toString(), "--queries-dir", queries.toString(), "--out",
                    "target/bench-dumps"));
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                int at = line.indexOf("SPARQL endpoint ");
                if (at >= 0) {
                    String url = line.substring(at + "SPARQL endpoint ".length()).replaceFirst("\\).*", "");
                    return new Server(p, URI.create(url));
                }
            }
            p.destroyForcibly();
            throw new IOException("the server did not start");
        }

        long pid() {
            return process.pid();
        }

        /** VmHWM of /proc/PID/status: the most memory the process has held, in kB. */
        long peakRssKb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return -1;
        }

        /** POSTs {@code query} from the local address {@code from}, reads the whole answer, closes. */
        Reply post(String from, String query) {
            byte[] body = query.getBytes(StandardCharsets.UTF_8);
            try (Socket s = new Socket()) {
                s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
                s.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 10_000);
                s.setSoTimeout(60_000);
                OutputStream o = s.getOutputStream();
                o.write(("POST " + endpoint.getPath() + " HTTP/1.1\r\nHost: " + endpoint.getHost() + "\r\n"
                        + "Content-Type: application/sparql-query\r\n"
                        + "Accept: application/sparql-results+json, text/turtle;q=0.9\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                o.write(body);
                o.flush();
                return read(s.getInputStream());
            } catch (IOException e) {
                return new Reply(-1, 0);
            }
        }

        private static Reply read(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            String head = new String(all, 0, Math.min(all.length, 2048), StandardCharsets.ISO_8859_1);
            if (!head.startsWith("HTTP/1.1 ")) {
                return new Reply(-1, 0);
            }
            int status = Integer.parseInt(head.substring(9, 12));
            long retry = 0;
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "Retry-After:", 0, 12)) {
                    retry = Long.parseLong(line.substring(12).strip());
                }
            }
            return new Reply(status, retry);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
