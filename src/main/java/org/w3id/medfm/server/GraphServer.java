package org.w3id.medfm.server;

import org.w3id.medfm.query.ExampleQueries;
import org.w3id.medfm.query.ExampleQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.medfm.output.Build;
import org.w3id.medfm.output.BuildOutput;
import org.w3id.medfm.pipeline.Timing;
import org.w3id.medfm.output.DumpFormat;
import org.w3id.medfm.output.Dumps;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.query.QueryPolicy;
import org.w3id.medfm.server.policy.QueryGate;
import org.w3id.medfm.server.policy.SlowClients;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Problem;

/**
 * The running server: an embedded Fuseki serving the graph read-only at {@value #ENDPOINT_PATH}, and the site
 * around it. Start it with {@link #start}; {@link #stop} (or close) ends it.
 *
 * <table>
 * <caption>Paths</caption>
 * <tr><td>{@code /}</td><td>landing page with a query editor</td></tr>
 * <tr><td>{@value #ENDPOINT_PATH}</td><td>SPARQL 1.1 Query (GET, POST); a bare GET gives the service
 * description</td></tr>
 * <tr><td>{@code /id/{kind}/{slug}}</td><td>linked data, by content negotiation</td></tr>
 * <tr><td>{@code /ontology}</td><td>the ontology, likewise</td></tr>
 * <tr><td>{@code /.well-known/void}, {@code /dataset}</td><td>VoID and DCAT (the dataset's IRI leads
 * there)</td></tr>
 * <tr><td>{@code /queries}, {@code /queries/{slug}}</td><td>the example queries</td></tr>
 * <tr><td>{@code /dumps/medfm.ttl}, {@code .nt}, {@code .jsonld}; {@code /context.jsonld}</td><td>files</td></tr>
 * <tr><td>{@code /family-tree.svg}</td><td>the whole family tree, as a picture</td></tr>
 * </table>
 */
public final class GraphServer implements AutoCloseable {
    public static final String ENDPOINT_PATH = "/sparql";
    private final FusekiServer fuseki;
    private final ServedDataset data;
    private final String url;
    private final int port;
    private final Thread warmUp;

    private GraphServer(FusekiServer fuseki, ServedDataset data, String url, int port, Thread warmUp) {
        this.fuseki = fuseki;
        this.data = data;
        this.url = url;
        this.port = port;
        this.warmUp = warmUp;
    }

    /**
     * Serves the output of a build: holds the graph (the one just built, else the N-Triples dump read into memory, or
     * the TDB2 store of {@link ServerOptions#tdb2()}) with the build's named graphs, binds the port (one in use is a
     * {@link DataException} too), and starts answering. The pages are then made in the background, so that the first
     * visitor does not wait.
     */
    public static GraphServer start(Build.Built built, Sources sources, ServerOptions options)
            throws DataException {
        BuildOutput output = built.output();
        return prepare(output, () -> built.graph().orElseGet(() -> read(output.dump(DumpFormat.NTRIPLES))),
                Reads.of(sources, options), options, false).orElseThrow().start();
    }

    /**
     * Starts serving the output in {@code out} once it is known to be current, building it first when not. Whether it
     * is current is found out (its manifest read, every input file looked at) on another core while the output found
     * there is made ready to serve (its dump read, or its TDB2 store opened), so that the check costs no time of its
     * own; nothing is answered before it is done.
     */
    public static GraphServer serve(Sources sources, Path out, ServerOptions options) throws DataException,
            IOException {
        Path queriesDir = options.queriesDir();
        Reads reads = Reads.of(sources, options);
        java.util.concurrent.FutureTask<Optional<BuildOutput>> reading = new java.util.concurrent.FutureTask<>(() -> BuildOutput.read(out));
        // The inputs are looked at from the start, while another thread reads the manifest to compare them with.
        java.util.concurrent.FutureTask<Boolean> check = new java.util.concurrent.FutureTask<>(() -> {
            org.w3id.medfm.pipeline.Inputs inputs = org.w3id.medfm.pipeline.Inputs.of(sources, queriesDir);
            String fingerprint = inputs.fingerprint();
            Timing.lap("the build's inputs looked at");
            reading.run();
            Optional<BuildOutput> found = get(reading);
            return found.isPresent() && Build.isCurrent(found.get().manifest(), inputs, fingerprint);
        });
        Thread checking = new Thread(check, "medfm-kg-check");
        checking.setDaemon(true);
        checking.start();
        // Meanwhile, on another thread, the server is made ready around what the output found holds: the dump, read
        // into memory here, or the TDB2 store. Nothing reads the graph before the server starts. Each thread sets
        // Jena up before it touches any class of Jena's: threads that touch them while another sets Jena up can
        // wait on each other for good.
        java.util.concurrent.CompletableFuture<Graph> target = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.FutureTask<Optional<Prepared>> preparing = new java.util.concurrent.FutureTask<>(() -> {
            reading.run();
            Timing.lap("the build's manifest read");
            org.w3id.medfm.pipeline.JenaSetup.await();
            Optional<BuildOutput> found = get(reading);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Graph g = target.join();
            return GraphServer.prepare(found.get(),
                    () -> g != null ? g : read(found.get().dump(DumpFormat.NTRIPLES)), reads, options, true);
        });
        Thread preparer = new Thread(preparing, "medfm-kg-prepare");
        preparer.setDaemon(true);
        preparer.start();
        org.w3id.medfm.pipeline.JenaSetup.await();
        Path dump = out.resolve(DumpFormat.NTRIPLES.fileName());
        Graph graph = options.tdb2() == null && java.nio.file.Files.isRegularFile(dump)
                ? GraphFactory.createDefaultGraph() : null;
        target.complete(graph);
        if (graph != null) {
            try {
                read(dump, graph);
            } catch (RuntimeException e) {
                try {
                    get(preparing).ifPresent(Prepared::close);
                } catch (DataException | RuntimeException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
            Timing.lap("the dump read");
        }
        Optional<BuildOutput> found = get(reading);
        Optional<GraphServer.Prepared> ready = get(preparing);
        if (found.isEmpty()) {
            return GraphServer.start(Build.run(sources, queriesDir, out), sources, options);
        }
        BuildOutput output = found.get();
        boolean current = get(check);
        Timing.lap("the build's output found current, or not");
        if (current && ready.isPresent()) {
            return ready.get().start();
        }
        ready.ifPresent(GraphServer.Prepared::close);
        return GraphServer.start(current ? new Build.Built(output, null) : Build.run(sources, queriesDir, out),
                sources, options);
    }

    /**
     * A server ready to answer the output of a build (queries and ontology read, data open, port bound), not yet
     * answering: {@link #start()} starts it, {@link #close()} gives everything back. So that a caller may get it
     * ready while it makes sure the output is current.
     */
    public static final class Prepared implements AutoCloseable {
        private final FusekiServer fuseki;
        private final ServedDataset data;
        private final Site site;
        private final int port;
        /** Counted down when the first request is answered. */
        private final CountDownLatch firstAnswer;

        private Prepared(FusekiServer fuseki, ServedDataset data, Site site, int port, CountDownLatch firstAnswer) {
            this.fuseki = fuseki;
            this.data = data;
            this.site = site;
            this.port = port;
            this.firstAnswer = firstAnswer;
        }

        public GraphServer start() {
            try {
                fuseki.start();
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            // The pages are made once the first request is answered (or a moment has passed), so that making them
            // does not hold up the first answer on a busy machine.
            Thread warmUp = new Thread(() -> {
                try {
                    firstAnswer.await(2, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                site.warmUp();
            }, "medfm-kg-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
            return new GraphServer(fuseki, data, site.base(), port, warmUp);
        }

        @Override
        public void close() {
            try {
                for (Connector c : fuseki.getJettyServer().getConnectors()) {
                    if (c instanceof ServerConnector sc) {
                        sc.close();
                    }
                }
            } finally {
                data.close();
            }
        }
    }

    /**
     * Gets a server ready for {@code output}, as {@link #start} does but without answering yet. With
     * {@code onlyIfCurrent}, a TDB2 store that does not hold this output is left alone (nothing is loaded) and the
     * answer is empty.
     */
    public static Optional<Prepared> prepare(BuildOutput output, java.util.function.Supplier<Graph> graph,
            Reads reads, ServerOptions options, boolean onlyIfCurrent) throws DataException {
        // The examples and the ontology are checked by build (they are among its inputs), and their graphs are in its
        // output: the pages and /queries take them when they need them.
        java.util.function.Supplier<List<ExampleQuery>> examples = reads.examples;
        java.util.function.Supplier<Model> ontology = reads.ontology;
        ServedDataset data;
        if (options.tdb2() == null) {
            data = ServedDataset.inMemory(graph.get(), output.file(Dumps.NAMED_GRAPHS_FILE), options.timeout());
        } else if (onlyIfCurrent && !Tdb2Store.holds(options.tdb2(), output)) {
            return Optional.empty();
        } else {
            data = ServedDataset.tdb2(options.tdb2(), output, options.timeout());
        }
        Timing.lap("data read, or store opened");
        try {
            Site site = new Site(data, output, reads.sources, ontology, examples);
            FusekiServer fuseki = build(site, data, options, examples).port(options.port()).build();
            Timing.lap("Fuseki set up");
            int port = bind(fuseki, options);
            site.bind(options.baseUrl(port));
            CountDownLatch firstAnswer = new CountDownLatch(1);
            AccessLog log = new AccessLog();
            fuseki.getJettyServer().setRequestLog((request, response) -> {
                firstAnswer.countDown();
                log.log(request, response);
            });
            gzip(fuseki.getJettyServer());
            return Optional.of(new Prepared(fuseki, data, site, port, firstAnswer));
        } catch (DataException | RuntimeException e) {
            data.close();
            throw e;
        }
    }

    /**
     * The example queries and the ontology, for the pages: read when first needed (a bad one, changed since the build
     * checked it, is then an {@link IllegalStateException}).
     */
    public static final class Reads {
        private final Memo<List<ExampleQuery>> examples;
        private final Memo<Model> ontology;
        private final Sources sources;

        private Reads(Sources sources, ServerOptions options) {
            this.sources = sources;
            examples = new Memo<>(() -> checked(() -> ExampleQueries.read(options.queriesDir())));
            ontology = new Memo<>(() -> checked(() -> ontology(sources.ontologyFile())));
        }

        /** An input read, which may find it bad. */
        private interface Read<T> {
            T read() throws DataException;
        }

        /** What {@code read} gives; a {@link DataException} (input changed since the build checked it) as unchecked. */
        private static <T> T checked(Read<T> read) {
            try {
                return read.read();
            } catch (DataException e) {
                throw new IllegalStateException("changed since the build checked it: " + e.problems(), e);
            }
        }

        public static Reads of(Sources sources, ServerOptions options) {
            return new Reads(sources, options);
        }
    }

    /**
     * What {@code task} gave, once it is done; what it threw as it is (a {@link DataException}: bad input), an
     * {@link IOException} as an unchecked one.
     */
    private static <T> T get(java.util.concurrent.FutureTask<T> task) throws DataException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof DataException d) {
                throw d;
            }
            throw org.w3id.medfm.pipeline.Tasks.unwrapped(e);
        }
    }

    private static FusekiServer.Builder build(Site site, ServedDataset data, ServerOptions options,
            java.util.function.Supplier<List<ExampleQuery>> examples) {
        // "/sparql/*" also matches "/sparql" itself.
        QueryGate gate = new QueryGate(options.limits(), QueryPolicy.MAX_LENGTH);
        return FusekiServer.create()
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                        new GuardedQuery(QueryPolicy.publicEndpoint(Fuseki.BaseParserSPARQL)))
                .add(ENDPOINT_PATH, data.dsg(), false)
                .addFilter("/*", new Cors())
                .addFilter(ENDPOINT_PATH, new EndpointDescriptionFilter(site))
                .addFilter(ENDPOINT_PATH + "/*", gate)
                .addServlet("", new Servlets.Landing(site))
                .addServlet("/id/*", new Servlets.Resource(site))
                .addServlet("/ontology", new Servlets.Ontology(site))
                .addServlet("/.well-known/void", new Servlets.Void(site))
                .addServlet("/dataset", new Servlets.Void(site))
                .addServlet("/queries/*", new ExampleServlet(examples, site.context()))
                .addServlet("/dumps/*", new Servlets.Disk(n -> site.publication().dumps().get(n)))
                .addServlet(Publication.FAMILIES + "*", new Servlets.Disk(n -> site.publication().families().get(n)))
                .addServlet("/context.jsonld", new Servlets.One(() -> site.publication().context()))
                .addServlet(Publication.FAMILY_TREE_PATH, new Servlets.Disk(n -> site.publication().familyTree()))
                .addServlet("/assets/*", new Servlets.Files(site::asset));
    }

    /**
     * Compresses what the server's own pages have not already compressed (SPARQL results above all) for clients
     * that send {@code Accept-Encoding: gzip}.
     */
    private static void gzip(Server jetty) {
        GzipHandler gzip = new GzipHandler();
        gzip.setMinGzipSize(1024);
        gzip.setIncludedMethods("GET", "POST");
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
    }

    /** Opens the listening socket on the chosen interface before start, so the port is known to the pages. */
    private static int bind(FusekiServer fuseki, ServerOptions options) throws DataException {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(options.host());
                sc.setPort(options.port());
                heapBuffers(sc);
                try {
                    sc.getServer().addBean(new SlowClients(sc, options.limits(), options.timeout()));
                    sc.open();
                } catch (IOException e) {
                    throw new DataException(new Problem("--port", 0, "", "cannot listen on " + options.host() + ":"
                            + options.port() + ": " + e.getMessage()));
                }
                return sc.getLocalPort();
            }
        }
        throw new IllegalStateException("Fuseki built no HTTP connector");
    }

    /** The build's N-Triples dump, as Fuseki's {@code --file} would read it. */
    private static Graph read(Path dump) {
        return read(dump, GraphFactory.createDefaultGraph());
    }

    /** The build's N-Triples dump read into {@code into}, which is returned. */
    private static Graph read(Path dump, Graph into) {
        RDFParser.source(dump).lang(Lang.NTRIPLES).parse(into);
        return into;
    }

    private static Model ontology(Path file) throws DataException {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.w3id.medfm.query.RdfFiles.read(file, m.getGraph());
        return m;
    }

    /**
     * Has Jetty write answers from heap buffers. With direct ones it copied each large answer into a direct buffer
     * of its size that only a garbage collection freed: hundreds of MB outside the heap under load. The JDK's
     * own copies for socket writes are freed at once past {@code jdk.nio.maxCachedBufferSize} (see the CLI's
     * main).
     */
    private static void heapBuffers(ServerConnector sc) {
        HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
        if (http != null) {
            http.getHttpConfiguration().setUseOutputDirectByteBuffers(false);
            http.getHttpConfiguration().setUseInputDirectByteBuffers(false);
        }
    }

    /** The base URL, ending with '/'. */
    public String url() {
        return url;
    }

    /** The SPARQL endpoint's URL. */
    public String endpoint() {
        return url + ENDPOINT_PATH.substring(1);
    }

    /** The port listened on (the one chosen, when asked for port 0). */
    public int port() {
        return port;
    }

    /** Triples in each named graph of the served dataset (the example queries, the ontology). */
    public java.util.Map<String, Long> namedGraphSizes() {
        return data.namedGraphSizes();
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        try {
            fuseki.stop();
            // The pages made in the background read the store: let them finish before it is closed.
            warmUp.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            data.close();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
