package org.w3id.medfm.cli;

import java.nio.file.Path;
import org.w3id.medfm.pipeline.Timing;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.w3id.medfm.server.GraphServer;
import org.w3id.medfm.server.ServerOptions;
import org.w3id.medfm.server.policy.Limits;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Problem;

/** {@code serve}: serve the build's output (building it first when missing or stale) until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the build's output (building it first when it is missing or its manifest names other "
                + "inputs): a read-only SPARQL endpoint at /sparql, linked-data pages at "
                + "/id/..., the ontology at /ontology, the dumps at /dumps/, VoID at /.well-known/void and a landing "
                + "page at /. Bad data stops it before it listens (exit 1). Ctrl-C stops it.",
            "Queries running longer than --timeout are cut off with 503; an answer holds at most 10000 rows or "
                + "100000 triples (the header X-SPARQL-MaxRows says when it was cut)."})
final class ServeCommand implements Callable<Integer> {
    /** A heap above this gets {@link #heapNote}: the JVM's default on a machine of more than 8 GB. */
    private static final long BIG_HEAP = 2L << 30;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = ServerOptions.DEFAULT_HOST,
            description = "The interface to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--tdb2", paramLabel = "DIR",
            description = "Serve from a TDB2 store in DIR, bulk-loaded from the build's N-Triples dump when it is "
                    + "new or holds another build (a folder holding anything else is refused).")
    Path tdb2;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Cut off queries running longer than this (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--queries-dir", paramLabel = "DIR", defaultValue = "queries",
            description = "Example queries (*.rq) to publish in the endpoint and on the landing page "
                    + "(default: ${DEFAULT-VALUE}).")
    Path queriesDir;

    @Option(names = "--budget", paramLabel = "SECONDS", defaultValue = "30",
            description = "CPU time each client's queries may take per minute; beyond it, 429 "
                    + "(default: ${DEFAULT-VALUE}).")
    long budget;

    @Option(names = "--running", paramLabel = "N",
            description = "Queries running at once, over all clients (default: twice the cores, at least 4); "
                    + "clients whose queries ran long lately share a lane of a quarter of the cores beside these.")
    Integer running;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The URL clients reach the server at, when it sits behind a proxy "
                    + "(default: http://HOST:PORT/). The VoID and the service description name it.")
    String publicUrl;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/dumps",
            description = "The build's output to serve; built there first when missing or stale "
                    + "(default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    SourceOptions source;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerOptions options = options();
        Timing.start();
        Timing.lap("command line read");
        GraphServer server = GraphServer.serve(source.sources(), out, options);
        Timing.lap("server started");
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "medfm-kg-stop"));
        var out = spec.commandLine().getOut();
        out.printf("Serving MedFM-KG at %s (SPARQL endpoint %s); Ctrl-C stops.%n", server.url(), server.endpoint());
        out.flush();
        heapNote(spec.commandLine().getErr(), Runtime.getRuntime().maxMemory());
        server.join();
        return Main.OK;
    }

    /**
     * A note when the JVM was given no maximum heap fit for a shared machine: its default is a quarter of the
     * memory, which it fills with garbage before it collects, and a jar cannot set its own.
     */
    static void heapNote(java.io.PrintWriter err, long maxHeap) {
        if (maxHeap > BIG_HEAP) {
            err.printf("Note: this JVM may take up to %d MB of heap. On a shared or public machine give it a "
                    + "ceiling: java -Xmx1g -jar medfm-kg.jar serve (enough for the bundled graph under load).%n",
                    maxHeap >> 20);
            err.flush();
        }
    }

    private ServerOptions options() throws DataException {
        if (port < 0 || port > 65535) {
            throw new DataException(new Problem("--port", 0, "", port + " is not a port (0 to 65535)"));
        }
        if (timeout <= 0) {
            throw new DataException(new Problem("--timeout", 0, "", "the timeout must be at least 1 second"));
        }
        if (budget <= 0) {
            throw new DataException(new Problem("--budget", 0, "", "the budget must be at least 1 second"));
        }
        if (running != null && running <= 0) {
            throw new DataException(new Problem("--running", 0, "", "at least 1 query must be able to run"));
        }
        Limits limits = Limits.defaults().withBudget(Duration.ofSeconds(budget));
        if (running != null) {
            limits = limits.withRunning(running, limits.runningPerClient());
        }
        return new ServerOptions(host, port, tdb2, Duration.ofSeconds(timeout), queriesDir, publicUrl)
                .withLimits(limits);
    }
}
