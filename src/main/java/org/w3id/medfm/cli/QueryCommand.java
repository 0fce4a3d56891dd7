package org.w3id.medfm.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.graph.GraphFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.w3id.medfm.query.QueryOptions;
import org.w3id.medfm.query.QueryRunner;
import org.w3id.medfm.query.RdfFiles;
import org.w3id.medfm.query.ResultFormat;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Problem;

/** {@code query}: run a SPARQL file on the graph (plus extra RDF files), or on an endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query file on the graph built from the data (plus any --data files), "
                + "or on a SPARQL endpoint.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.rq", description = "The SPARQL query.")
    Path queryFile;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL endpoint instead.")
    String endpoint;

    @Option(names = "--data", paramLabel = "FILE", description = "Extra RDF to join with the graph (repeatable).")
    List<Path> data = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv, tsv, json or xml for SELECT/ASK; ttl, nt or jsonld for CONSTRUCT/DESCRIBE.")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "With --endpoint: how long to wait for the answer to begin (default: ${DEFAULT-VALUE}; "
                    + "connecting gets at most 10 of them).")
    long timeout;

    @Option(names = "--allow-service", description = "Let SERVICE clauses call remote endpoints (off by default).")
    boolean allowService;

    @Mixin
    SourceOptions source;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ResultFormat rf = null;
        if (format != null) {
            rf = ResultFormat.fromName(format).orElseThrow(() -> new DataException(new Problem("--format", 0, "",
                    "'" + format + "' is not a format (" + ResultFormat.names() + ")")));
        }
        if (endpoint != null && !data.isEmpty()) {
            throw new DataException(new Problem("--data", 0, "", "--data joins files with the local graph; "
                    + "it cannot be combined with --endpoint"));
        }
        if (timeout <= 0) {
            throw new DataException(new Problem("--timeout", 0, "", "the timeout must be at least 1 second"));
        }
        QueryOptions options = new QueryOptions(queryFile, endpoint, data, allowService, rf,
                java.time.Duration.ofSeconds(timeout));
        Query query = QueryRunner.parse(queryFile);
        Graph graph = GraphFactory.createDefaultGraph();
        if (endpoint == null) {
            org.apache.jena.graph.GraphUtil.addInto(graph, new GraphBuilder(source.sources()).build().model().getGraph());
            RdfFiles.readAll(data, graph);
        }
        byte[] context = Files.readAllBytes(source.sources().contextFile());
        try (OutputStream out = WriterOutputStream.builder().setWriter(spec.commandLine().getOut())
                .setCharset(java.nio.charset.StandardCharsets.UTF_8).get()) {
            new QueryRunner(context).run(options, query, graph, out);
        }
        return Main.OK;
    }
}
