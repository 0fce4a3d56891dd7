package org.w3id.medfm.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.medfm.cli.Main;

/**
 * Issue 11's benchmark: for each size (the bundled data, or N synthetic entries from {@link SyntheticCatalog}), in
 * one run, side by side and each in a fresh JVM:
 * <ul>
 * <li>{@code build} (with {@code -Xmx}, default 2g) against the floor, Jena's own parse of the N-Triples dump it
 * wrote into a graph and write of that graph as Turtle; wall time and peak heap of each;</li>
 * <li>{@code serve} (from the current output: in memory for the bundled data, from a TDB2 store otherwise) against a
 * bare embedded Fuseki holding the same dump or opening the same store: time from launching the JVM to the first
 * answer, and the time of the first visit to {@code /}.</li>
 * </ul>
 * Rounds alternate ours and the baseline; the first round of serving is left out (it fills the file cache, and for
 * TDB2 loads the store). Prints ratios ours/baseline.
 *
 * <pre>mvn -q -DskipNpm=true test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.w3id.medfm.bench.ScaleBenchmark -Dexec.args="bundled 10000 100000"</pre>
 *
 * Optional system properties: {@code bench.rounds} (serving rounds, default 5), {@code bench.buildRounds} (default
 * 1; 0 measures serving only, from output built before), {@code bench.xmx} (the build's heap, default 2g),
 * {@code bench.floorXmx} (the floor's, default 6g).
 */
public final class ScaleBenchmark {
    private static final PrintStream OUT = System.out;
    private static final Path WORK = Path.of("target/bench");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int rounds = Integer.getInteger("bench.rounds", 5);
    private final int buildRounds = Integer.getInteger("bench.buildRounds", 1);
    private final String xmx = System.getProperty("bench.xmx", "2g");
    /** The floor is Jena's own tools as they are: given what heap they need (15M triples do not fit in 2g). */
    private final String floorXmx = System.getProperty("bench.floorXmx", "6g");

    public static void main(String[] args) throws Exception {
        ScaleBenchmark b = new ScaleBenchmark();
        Map<String, Map<String, Double>> table = new LinkedHashMap<>();
        for (String size : args.length == 0 ? new String[] {"bundled", "10000"} : args) {
            table.put(size, b.run(size));
            report(table);
        }
    }

    private Map<String, Double> run(String size) throws Exception {
        boolean bundled = size.equals("bundled");
        Path data = bundled ? Path.of("data") : SyntheticCatalog.write(Path.of("data"), WORK.resolve("data-" + size),
                Integer.parseInt(size));
        Path out = WORK.resolve("out-" + size);
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < buildRounds; i++) {
            Timed build = child(List.of("-Xmx" + xmx), BuildChild.class, data.toString(), out.toString());
            Timed floor = child(List.of("-Xmx" + floorXmx), FloorChild.class, out.resolve("medfm.nt").toString(),
                    WORK.resolve("floor-" + size + ".ttl").toString());
            m.merge("build s", build.seconds / buildRounds, Double::sum);
            m.merge("build peak heap MB", build.peakHeapMb / buildRounds, Double::sum);
            m.merge("floor s", floor.seconds / buildRounds, Double::sum);
            m.merge("floor peak heap MB", floor.peakHeapMb / buildRounds, Double::sum);
        }
        if (buildRounds == 0) {
            for (String k : List.of("build s", "build peak heap MB", "floor s", "floor peak heap MB")) {
                m.put(k, Double.NaN);
            }
        }
        try (var lines = Files.lines(out.resolve("medfm.nt"))) {
            m.put("triples", (double) lines.count());
        }
        Path tdb2 = bundled ? null : WORK.resolve("tdb2-" + size);
        List<Double> ours = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> landing = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            Served o = serveOurs(data, out, tdb2);
            Served b = serveBare(out, tdb2);
            if (round > 0) {
                ours.add(o.firstAnswer);
                bare.add(b.firstAnswer);
                landing.add(o.landing);
            }
        }
        m.put("serve first answer ms", median(ours));
        m.put("bare Fuseki first answer ms", median(bare));
        m.put("first visit to / ms", median(landing));
        return m;
    }

    private record Timed(double seconds, double peakHeapMb) {
    }

    private record Served(double firstAnswer, double landing) {
    }

    private Served serveOurs(Path data, Path out, Path tdb2) throws Exception {
        List<String> args = new ArrayList<>(List.of(Main.class.getName(), "serve", "--port", "0", "--data-dir",
                data.toString(), "--out", out.toString()));
        if (tdb2 != null) {
            args.addAll(List.of("--tdb2", tdb2.toString()));
        }
        return serve(args, "SPARQL endpoint ", true);
    }

    private Served serveBare(Path out, Path tdb2) throws Exception {
        return serve(List.of(BareChild.class.getName(), out.resolve("medfm.nt").toString(),
                tdb2 == null ? "-" : tdb2.toString()), "ENDPOINT ", false);
    }

    /** Launches a server, waits for the line naming its endpoint, asks until it answers, then stops it. */
    private Served serve(List<String> args, String marker, boolean landing) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", classPath()));
        command.addAll(args);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String endpoint = null;
            while (endpoint == null) {
                String line = r.readLine();
                if (line == null) {
                    break;
                }
                int at = line.indexOf(marker);
                if (at >= 0) {
                    endpoint = line.substring(at + marker.length()).replaceAll("[);]+.*$", "").strip();
                }
            }
            drain(p);
            if (endpoint == null) {
                throw new IllegalStateException(args + " did not start");
            }
            get(endpoint + "?query=ASK%7B%7D");
            double first = (System.nanoTime() - t0) / 1e6;
            double page = 0;
            if (landing) {
                long s = System.nanoTime();
                get(endpoint.replaceAll("sparql$", ""));
                page = (System.nanoTime() - s) / 1e6;
            }
            return new Served(first, page);
        } finally {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** Reads what the server still prints, so that a full pipe never blocks it. */
    private static void drain(Process p) {
        Thread t = new Thread(() -> {
            try {
                p.getInputStream().transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the server stopped
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private void get(String url) throws Exception {
        HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept",
                "application/sparql-results+json, text/html;q=0.9").build(), HttpResponse.BodyHandlers.ofByteArray());
        if (res.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + res.statusCode());
        }
    }

    /** Runs {@code main} in a fresh JVM; its last line of output is its peak heap in MB. */
    private static Timed child(List<String> jvm, Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", classPath(), main.getName()));
        command.addAll(List.of(args));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) {
            throw new IllegalStateException(main.getSimpleName() + " failed: " + text);
        }
        String[] lines = text.strip().split("\n");
        return new Timed(seconds, Double.parseDouble(lines[lines.length - 1].replace("PEAK_HEAP_MB ", "")));
    }

    /** The class path to start children with: exec:java's class loader's, else this JVM's. */
    private static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader u) {
            return String.join(java.io.File.pathSeparator, java.util.Arrays.stream(u.getURLs()).map(url -> {
                try {
                    return Path.of(url.toURI()).toString();
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }).toList());
        }
        return System.getProperty("java.class.path");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void printPeakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("PEAK_HEAP_MB " + peak / (1024 * 1024));
    }

    /** {@code build} as a user runs it. */
    public static final class BuildChild {
        private BuildChild() {
        }

        public static void main(String[] args) {
            int status = Main.run("build", "--data-dir", args[0], "--out", args[1]);
            if (status != 0) {
                System.exit(status);
            }
            printPeakHeap();
        }
    }

    /** The floor: Jena parses the N-Triples dump into a graph and writes it as Turtle. */
    public static final class FloorChild {
        private FloorChild() {
        }

        public static void main(String[] args) throws IOException {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(Path.of(args[0])).lang(Lang.NTRIPLES).parse(g);
            try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
                RDFDataMgr.write(out, g, RDFFormat.TURTLE_BLOCKS);
            }
            printPeakHeap();
        }
    }

    /** A bare embedded Fuseki: the dump read into memory ({@code --file}), or the TDB2 store opened ({@code --loc}). */
    public static final class BareChild {
        private BareChild() {
        }

        public static void main(String[] args) throws IOException {
            DatasetGraph dsg;
            if (args[1].equals("-")) {
                dsg = DatasetGraphFactory.create();
                RDFParser.source(Path.of(args[0])).lang(Lang.NTRIPLES).parse(dsg.getDefaultGraph());
            } else {
                dsg = DatabaseMgr.connectDatasetGraph(args[1]);
            }
            FusekiServer f = FusekiServer.create().port(0).loopback(true).add("/ds", dsg, false).build().start();
            System.out.println("ENDPOINT http://127.0.0.1:" + f.getHttpPort() + "/ds");
            System.out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(f::stop));
            f.join();
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        int n = s.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static void report(Map<String, Map<String, Double>> table) {
        OUT.println();
        OUT.printf("%-10s %10s %9s %9s %7s %10s %10s %10s %10s %7s %9s%n", "entries", "triples", "build s", "floor s",
                "ratio", "build MB", "floor MB", "serve ms", "bare ms", "ratio", "/ ms");
        for (var e : table.entrySet()) {
            Map<String, Double> m = e.getValue();
            OUT.printf("%-10s %10.0f %9.1f %9.1f %7.2f %10.0f %10.0f %10.0f %10.0f %7.2f %9.0f%n", e.getKey(),
                    m.get("triples"), m.get("build s"), m.get("floor s"), m.get("build s") / m.get("floor s"),
                    m.get("build peak heap MB"), m.get("floor peak heap MB"), m.get("serve first answer ms"),
                    m.get("bare Fuseki first answer ms"), m.get("serve first answer ms")
                            / m.get("bare Fuseki first answer ms"), m.get("first visit to / ms"));
        }
        OUT.flush();
    }
}
