package org.w3id.medfm.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.KnowledgeGraph;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.query.ExampleQueries;
import org.w3id.medfm.query.ExampleQuery;
import org.w3id.medfm.server.GraphServer;
import org.w3id.medfm.server.ServerOptions;

/**
 * Our server against a bare embedded Fuseki holding the same triples (a FusekiServer with the built graph and
 * nothing else), several rounds, each server in a fresh JVM per round (so that "cold" means cold), started
 * alternately: time from launching the JVM to the first answer (both build the graph from the data first, as
 * {@code serve} does); then, with both running side by side and warmed up, each example query that runs here
 * (federated ones cannot) is sent to one and the other in turn, and the median latency of each is taken. Prints the medians and the ratios ours/bare. Targets: start within 1.15x, each query
 * within 1.10x.
 *
 * <pre>mvn -q -DskipNpm=true test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.w3id.medfm.bench.ServerBenchmark [-Dexec.args="data queries 7 30"]</pre>
 */
public final class ServerBenchmark {
    private static final PrintStream OUT = System.out;
    /** Runs of the whole query set before measuring, so that both servers are measured with the JIT warm. */
    private static final int WARM_UP = 20;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final KnowledgeGraph kg;
    private final Sources sources;
    private final Path queriesDir;
    private final List<ExampleQuery> examples;
    private final int samples;

    private ServerBenchmark(KnowledgeGraph kg, Sources sources, Path queriesDir, int samples) throws Exception {
        this.kg = kg;
        this.sources = sources;
        this.queriesDir = queriesDir;
        this.examples = ExampleQueries.read(queriesDir).stream().filter(ExampleQuery::runsHere).toList();
        this.samples = samples;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "data");
        Path queries = Path.of(args.length > 1 ? args[1] : "queries");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        int samples = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Sources sources = new Sources(data, Path.of("ontology"));
        KnowledgeGraph kg = org.w3id.medfm.output.Build.run(sources, queries, Path.of("target/bench-dumps")).built();
        ServerBenchmark b = new ServerBenchmark(kg, sources, queries, samples);
        b.run(rounds);
    }

    /** One server under test: how to start it and where its endpoint is. */
    private interface Running extends AutoCloseable {
        String endpoint();

        @Override
        void close();
    }

    private void run(int rounds) throws Exception {
        OUT.printf("%d triples, %d example queries from %s, %d rounds, %d samples per query%n", kg.model().size(),
                examples.size(), queriesDir, rounds, samples);
        Map<String, List<Double>> bare = new LinkedHashMap<>();
        Map<String, List<Double>> ours = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            boolean bareFirst = round % 2 == 0;
            Running first = started(bareFirst ? "bare" : "ours", bareFirst ? bare : ours);
            Running second = started(bareFirst ? "ours" : "bare", bareFirst ? ours : bare);
            try (Running b = bareFirst ? first : second; Running o = bareFirst ? second : first) {
                latencies(b, o, bare, ours);
            }
        }
        report(bare, ours);
    }

    /** Launches a server in a fresh JVM and records the time to its first answer. */
    private Running started(String mode, Map<String, List<Double>> into) throws Exception {
        long t0 = System.nanoTime();
        Running server = child(mode);
        query(server.endpoint(), "ASK {}");
        into.computeIfAbsent("start", k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
        return server;
    }

    /**
     * Both servers run side by side; each query is sent to one then the other, in turn, so that whatever else
     * the machine does slows both alike. Both are warmed up first, so the JIT has compiled the same paths.
     */
    private void latencies(Running bareServer, Running ourServer, Map<String, List<Double>> bare,
            Map<String, List<Double>> ours) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            for (ExampleQuery q : examples) {
                query(bareServer.endpoint(), q.text());
                query(ourServer.endpoint(), q.text());
            }
        }
        for (ExampleQuery q : examples) {
            List<Double> b = new ArrayList<>();
            List<Double> o = new ArrayList<>();
            for (int i = 0; i < samples; i++) {
                boolean bareFirst = i % 2 == 0;
                (bareFirst ? b : o).add(time(bareFirst ? bareServer : ourServer, q));
                (bareFirst ? o : b).add(time(bareFirst ? ourServer : bareServer, q));
            }
            bare.computeIfAbsent(q.slug(), k -> new ArrayList<>()).add(median(b));
            ours.computeIfAbsent(q.slug(), k -> new ArrayList<>()).add(median(o));
        }
    }

    private double time(Running server, ExampleQuery q) throws Exception {
        long s = System.nanoTime();
        query(server.endpoint(), q.text());
        return (System.nanoTime() - s) / 1e6;
    }

    /** Starts {@link Child} in a new JVM on this class path and waits for the endpoint it prints. */
    private Running child(String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", classPath(), Child.class.getName(), mode,
                sources.dataDir().toString(), queriesDir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String endpoint = out.lines().filter(l -> l.startsWith("ENDPOINT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException(mode + " server did not start")).substring(9);
        return new Running() {
            @Override
            public String endpoint() {
                return endpoint;
            }

            @Override
            public void close() {
                try {
                    p.getOutputStream().close();
                    if (!p.waitFor(30, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (IOException | InterruptedException e) {
                    p.destroyForcibly();
                }
            }
        };
    }

    static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader u) {
            return String.join(File.pathSeparator, Arrays.stream(u.getURLs()).map(url -> {
                try {
                    return Path.of(url.toURI()).toString();
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }).toList());
        }
        return System.getProperty("java.class.path");
    }

    /**
     * A server in its own JVM: builds the graph from the data as {@code serve} does, then serves it with a bare
     * FusekiServer (the built graph, nothing else) or with ours; prints its endpoint; stops when stdin closes.
     */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws Exception {
            Configurator.setLevel("org.apache.jena.fuseki", Level.WARN);
            Configurator.setLevel("org.w3id.medfm", Level.WARN);
            Sources sources = new Sources(Path.of(args[1]), Path.of("ontology"));
            Path out = Path.of("target/bench-dumps");
            AutoCloseable server;
            String endpoint;
            if (args[0].equals("bare")) {
                org.apache.jena.graph.Graph g = org.apache.jena.riot.RDFDataMgr.loadGraph(
                        out.resolve("medfm.nt").toString());
                FusekiServer f = FusekiServer.create().port(0).loopback(true)
                        .add("/ds", DatasetGraphFactory.wrap(g), false).build().start();
                server = f::stop;
                endpoint = "http://127.0.0.1:" + f.getHttpPort() + "/ds";
            } else {
                GraphServer g = GraphServer.start(org.w3id.medfm.output.Build.current(sources, Path.of(args[2]), out),
                        sources, ServerOptions.defaults().withPort(0)
                        .withQueriesDir(Path.of(args[2])));
                server = g;
                endpoint = g.endpoint();
            }
            System.out.println("ENDPOINT " + endpoint);
            System.out.flush();
            System.in.readAllBytes();
            server.close();
        }
    }

    private void query(String endpoint, String text) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + URLEncoder.encode(text, StandardCharsets.UTF_8))).header("Accept",
                "application/sparql-results+json, text/turtle;q=0.9").GET().build();
        HttpResponse<byte[]> res = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        if (res.statusCode() != 200) {
            throw new IllegalStateException(endpoint + " answered " + res.statusCode());
        }
    }

    private static void report(Map<String, List<Double>> bare, Map<String, List<Double>> ours) {
        OUT.printf("%-40s %10s %10s %7s%n", "measure (median ms)", "bare", "ours", "ratio");
        double logSum = 0;
        for (String k : bare.keySet()) {
            double b = median(bare.get(k).subList(k.equals("start") ? 1 : 0, bare.get(k).size()));
            double o = median(ours.get(k).subList(k.equals("start") ? 1 : 0, ours.get(k).size()));
            OUT.printf("%-40s %10.2f %10.2f %7.3f%n", k.equals("start") ? "cold start to first answer" : k, b, o, o / b);
            logSum += k.equals("start") ? 0 : Math.log(o / b);
        }
        OUT.printf("%-40s %29.3f%n", "geometric mean of the query ratios", Math.exp(logSum / (bare.size() - 1)));
        OUT.println("(start: from launching a fresh JVM to the first answer; the first round of each is left out)");
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
