package org.w3id.medfm.query;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.atlas.web.HttpException;
import org.w3id.medfm.output.JsonLdCompactor;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Problem;

/** Runs one SPARQL query file and prints its results. */
public final class QueryRunner {
    private final byte[] context;

    /** @param context the JSON-LD context used when printing graphs as JSON-LD */
    public QueryRunner(byte[] context) {
        this.context = context.clone();
    }

    /** The queries of {@code dir}: its {@code *.rq} files in name order; none when there is no such folder. */
    public static java.util.List<java.nio.file.Path> files(java.nio.file.Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<java.nio.file.Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Parses the query file under {@link QueryPolicy}'s limits of size and depth (SERVICE is checked when it runs);
     * a syntax error is a problem at its line.
     */
    public static Query parse(java.nio.file.Path file) throws DataException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataException(new Problem(file.toString(), 0, "", "cannot read: " + e.getMessage()));
        }
        try {
            return QueryPolicy.local(true).parse(text);
        } catch (QueryRefusal e) {
            String message = e.getMessage().replaceFirst("^Encountered", "encountered");
            throw new DataException(new Problem(file.toString(), e.line(), "query", message));
        }
    }

    /**
     * Runs {@code query}, parsed from {@code options.queryFile()}, against {@code graph} (ignored when an endpoint
     * is given).
     */
    public void run(QueryOptions options, Query query, Graph graph, OutputStream out) throws DataException {
        try {
            QueryPolicy.local(options.allowService()).check(query);
        } catch (QueryRefusal e) {
            throw new DataException(e.reason() == QueryRefusal.Reason.SERVICE
                    ? new Problem(options.queryFile().toString(), 0, "SERVICE",
                            "the query calls a remote endpoint; federated queries run only with --allow-service")
                    : new Problem(options.queryFile().toString(), e.line(), "query", e.getMessage()));
        }
        ResultFormat format = options.format() == null
                ? (query.isSelectType() || query.isAskType() ? ResultFormat.TABLE : ResultFormat.TURTLE)
                : options.format();
        if ((query.isSelectType() || query.isAskType()) == format.isRdf()) {
            throw new DataException(new Problem(options.queryFile().toString(), 0, "format", "'" + format.cliName()
                    + "' does not fit a " + (format.isRdf() ? "SELECT/ASK" : "CONSTRUCT/DESCRIBE") + " query"));
        }
        try (QueryExecution qe = execution(options, query, graph)) {
            print(qe, query, format, out);
        } catch (QueryExceptionHTTP | HttpException e) {
            throw new DataException(new Problem("--endpoint", 0, "", Endpoints.whatWentWrong(options.endpoint(), e)));
        }
    }

    private static QueryExecution execution(QueryOptions options, Query query, Graph graph) {
        if (options.endpoint() != null) {
            return Endpoints.execution(options, query);
        }
        Dataset ds = DatasetFactory.wrap(ModelFactory.createModelForGraph(graph));
        QueryExecution qe = QueryExecution.create().query(query).dataset(ds).build();
        QueryPolicy.local(options.allowService()).configure(qe.getContext());
        return qe;
    }

    private void print(QueryExecution qe, Query query, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                case XML -> ResultSetFormatter.outputAsXML(out, rs);
                default -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
            }
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            switch (format) {
                case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
                case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
                case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
                case XML -> ResultSetFormatter.outputAsXML(out, answer);
                default -> write(out, (answer ? "yes" : "no") + "\n");
            }
        } else {
            Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            model.setNsPrefixes(query.getPrefixMapping());
            switch (format) {
                case NTRIPLES -> RDFDataMgr.write(out, model, RDFFormat.NTRIPLES);
                case JSONLD -> writeBytes(out, new JsonLdCompactor(context).compact(model.getGraph()));
                default -> RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
            }
        }
    }

    private static void write(OutputStream out, String text) {
        writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
