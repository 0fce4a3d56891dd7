package org.w3id.medfm.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
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
     * Serves the output of a build: reads the example queries and the ontology (a bad one is a
     * {@link DataException}), holds the graph (the one just built, else the N-Triples dump read into memory, or
     * the TDB2 store of {@link ServerOptions#tdb2()}), binds the port (one in use is a {@link DataException} too),
     * and starts answering. The pages are then made in the background, so that the first visitor does not wait.
     */
    public static GraphServer start(Build.Built built, Sources sources, ServerOptions options)
            throws DataException {
        List<ExampleQuery> examples = ExampleQueries.read(options.queriesDir());
        Model ontology = ontology(sources.ontologyFile());
        Timing.lap("example queries and ontology read");
        BuildOutput output = built.output();
        ServedDataset data = options.tdb2() == null
                ? ServedDataset.inMemory(built.graph().orElseGet(() -> read(output.dump(DumpFormat.NTRIPLES))),
                        examples, ontology, options.timeout())
                : ServedDataset.tdb2(options.tdb2(), output, examples, ontology, options.timeout());
        Timing.lap("dataset ready");
        try {
            Site site = new Site(data, output, sources, ontology, examples);
            FusekiServer fuseki = build(site, data, options, examples).port(options.port()).build();
            int port = bind(fuseki, options);
            site.bind(options.baseUrl(port));
            fuseki.getJettyServer().setRequestLog(new AccessLog());
            gzip(fuseki.getJettyServer());
            fuseki.start();
            Thread warmUp = new Thread(site::warmUp, "medfm-kg-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
            return new GraphServer(fuseki, data, site.base(), port, warmUp);
        } catch (DataException | RuntimeException e) {
            data.close();
            throw e;
        }
    }

    private static FusekiServer.Builder build(Site site, ServedDataset data, ServerOptions options,
            List<ExampleQuery> examples) {
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
                    sc.getServer().addBean(new SlowClients(sc, options.limits()));
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
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(dump).lang(Lang.NTRIPLES).parse(g);
        return g;
    }

    private static Model ontology(Path file) throws DataException {
        try {
            return RDFDataMgr.loadModel(file.toString());
        } catch (RiotException e) {
            throw new DataException(new Problem(file.toString(), 0, "", "not valid Turtle: " + e.getMessage()));
        }
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
