package org.w3id.medfm.query;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.expr.ExprVisitorBase;
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

    /** Parses the query file; a syntax error is a problem at its line. */
    public static Query parse(java.nio.file.Path file) throws DataException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataException(new Problem(file.toString(), 0, "", "cannot read: " + e.getMessage()));
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            int line = Math.max(e.getLine(), 0);
            String message = e.getMessage().replaceFirst("^Encountered", "encountered").lines().findFirst().orElse("");
            throw new DataException(new Problem(file.toString(), line, "query", message));
        }
    }

    /**
     * Whether the query holds a SERVICE clause anywhere. The algebra is walked rather than the syntax because
     * the syntax walker does not enter subqueries or FILTER (NOT) EXISTS, where a SERVICE would slip past.
     */
    public static boolean hasService(Query query) {
        boolean[] found = {false};
        if (query.getQueryPattern() != null) {
            Walker.walk(Algebra.compile(query), new OpVisitorBase() {
                @Override
                public void visit(OpService op) {
                    found[0] = true;
                }
            }, new ExprVisitorBase());
        }
        return found[0];
    }

    /**
     * Runs {@code query}, parsed from {@code options.queryFile()}, against {@code graph} (ignored when an endpoint
     * is given).
     */
    public void run(QueryOptions options, Query query, Graph graph, OutputStream out) throws DataException {
        if (hasService(query) && !options.allowService()) {
            throw new DataException(new Problem(options.queryFile().toString(), 0, "SERVICE",
                    "the query calls a remote endpoint; federated queries run only with --allow-service"));
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
        }
    }

    private static QueryExecution execution(QueryOptions options, Query query, Graph graph) {
        if (options.endpoint() != null) {
            return QueryExecutionHTTP.service(options.endpoint()).query(query).build();
        }
        Dataset ds = DatasetFactory.wrap(ModelFactory.createModelForGraph(graph));
        return QueryExecution.create().query(query).dataset(ds)
                .set(ARQ.httpServiceAllowed, options.allowService()).build();
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
