package org.w3id.medfm.server;

import static java.lang.String.format;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.w3id.medfm.query.QueryPolicy;
import org.w3id.medfm.query.QueryRefusal;
import org.w3id.medfm.server.policy.AcceptHeader;

/**
 * Fuseki's SPARQL query operation under {@link QueryPolicy}: a query is measured before it is parsed (413 when too
 * long, 400 when too deep), checked after (400 for SERVICE and code-loading functions), and logged shortened.
 * Its answer is computed whole before the first byte is sent, at most {@link QueryPolicy#MAX_ROWS} rows or
 * {@link QueryPolicy#MAX_TRIPLES} triples ({@value #TRUNCATED} names the limit when it was reached), so that a
 * query cut off by the timeout gets 503 rather than a 200 with a short body; should sending still fail half-way,
 * the connection is aborted, so that no client mistakes a cut answer for a whole one. A query's GROUP_CONCATs may
 * build {@value GroupConcatCap#MAX_CHARS} characters at most (400 beyond), and a query that outgrows the heap all
 * the same gets 503, like one cut off by the timeout.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    /** The response header set when an answer was cut to the row or triple limit; its value is the limit. */
    static final String TRUNCATED = "X-SPARQL-MaxRows";
    /** What a client is told when its query holds SERVICE. */
    static final String SERVICE_REFUSAL = "SERVICE is not allowed here: this endpoint makes no outbound requests, so"
            + " it runs no federated queries. Run the federated part on your own machine (for example with "
            + "'medfm-kg query FILE.rq --endpoint URL').";
    private final QueryPolicy policy;

    GuardedQuery(QueryPolicy policy) {
        this.policy = policy;
    }

    /** Reads a request body no further than the size limit allows. */
    @Override
    protected void executeBody(HttpAction action) {
        long declared = action.getRequest().getContentLengthLong();
        int most = QueryPolicy.MAX_LENGTH * 4;
        if (declared > most) {
            tooLarge();
        }
        byte[] body;
        try (InputStream in = action.getRequestInputStream()) {
            body = in.readNBytes(most + 1);
        } catch (IOException e) {
            ServletOps.errorBadRequest("Could not read the request body.");
            return;
        }
        if (body.length > most) {
            tooLarge();
        }
        execute(new String(body, StandardCharsets.UTF_8), action);
    }

    private static void tooLarge() {
        ServletOps.error(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The query is too long: at most "
                + QueryPolicy.MAX_LENGTH + " characters are taken.");
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString == null || queryString.isBlank()) {
            ServletOps.errorBadRequest("The query is empty.");
        }
        Query query;
        try {
            query = policy.parse(queryString);
        } catch (QueryRefusal r) {
            action.log.info(format("[%d] Refused (%s): %s", action.id, r.reason(), QueryPolicy.forLog(queryString)));
            ServletOps.error(r.reason().status(), refusal(r));
            return;
        }
        action.log.info(format("[%d] Query = %s", action.id, QueryPolicy.forLog(queryString)));
        try {
            run(action, query);
        } catch (QueryDeniedException e) {
            ServletOps.errorBadRequest(SERVICE_REFUSAL);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("The query nests too deeply to run; write it flatter.");
        } catch (GroupConcatCap.TooLong e) {
            action.log.info(format("[%d] Refused: %s", action.id, e.getMessage()));
            ServletOps.errorBadRequest("The query's GROUP_CONCAT built more than " + GroupConcatCap.MAX_CHARS
                    + " characters, more than this endpoint builds for one answer; concatenate fewer values.");
        } catch (OutOfMemoryError e) {
            // The last resort, should some other part of a query outgrow the heap: what it held is garbage now.
            action.log.info(format("[%d] Out of memory", action.id));
            ServletOps.error(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The query needed more memory than the "
                    + "server has for it; try a smaller one.");
        }
    }

    private static String refusal(QueryRefusal r) {
        if (r.reason() == QueryRefusal.Reason.SERVICE) {
            return SERVICE_REFUSAL;
        }
        String m = r.getMessage();
        String where = r.line() > 0 && !m.contains("line " + r.line()) ? " (line " + r.line() + ")" : "";
        String text = Character.toUpperCase(m.charAt(0)) + m.substring(1) + where;
        return text.endsWith(".") ? text : text + ".";
    }

    /** Fuseki's own steps, in a read transaction: the dataset, the execution, the answer, sending it. */
    private void run(HttpAction action, Query query) {
        try {
            action.beginRead();
            action.getContext().set(ARQConstants.sysOptimizerFactory, GroupConcatCap.optimizer());
            Pair<DatasetGraph, Query> p = decideDataset(action, query, null);
            Query q = limited(p.getRight() == null ? query : p.getRight());
            try (QueryExec exec = createQueryExec(action, q, p.getLeft())) {
                QueryExecResult result = executeQuery(action, exec, query, null);
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryCancelledException e) {
            action.abortSilent();
            throw e;
        } finally {
            action.endRead();
        }
    }

    /**
     * The query with a LIMIT one past the answer's limit (or its own, when lower): the engine then keeps only that
     * many rows where it sorts or removes duplicates, instead of every solution until the timeout.
     */
    private static Query limited(Query query) {
        long most = query.isSelectType() ? QueryPolicy.MAX_ROWS + 1L
                : query.isConstructType() ? QueryPolicy.MAX_TRIPLES + 1L : -1;
        if (most < 0 || (query.hasLimit() && query.getLimit() <= most)) {
            return query;
        }
        Query q = query.cloneQuery();
        q.setLimit(most);
        return q;
    }

    /** The whole answer, within the limits, computed now, so that a timeout still gets its 503. */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String log) {
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            List<Binding> kept = take(rows, QueryPolicy.MAX_ROWS, action);
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        if (query.isConstructType()) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            Iterator<Quad> quads = exec.constructQuads();
            while (quads.hasNext()) {
                Quad quad = quads.next();
                if (!dsg.contains(quad) && count(dsg) >= QueryPolicy.MAX_TRIPLES) {
                    truncated(action, QueryPolicy.MAX_TRIPLES);
                    break;
                }
                dsg.add(quad);
            }
            return new QueryExecResult(dsg);
        }
        if (query.isDescribeType()) {
            Graph g = GraphFactory.createDefaultGraph();
            Iterator<Triple> triples = exec.describeTriples();
            while (triples.hasNext()) {
                Triple t = triples.next();
                if (!g.contains(t) && g.size() >= QueryPolicy.MAX_TRIPLES) {
                    truncated(action, QueryPolicy.MAX_TRIPLES);
                    break;
                }
                g.add(t);
            }
            return new QueryExecResult(g);
        }
        return super.executeQuery(action, exec, query, log);
    }

    private static long count(DatasetGraph dsg) {
        long n = dsg.getDefaultGraph().size();
        for (Iterator<org.apache.jena.graph.Node> it = dsg.listGraphNodes(); it.hasNext();) {
            n += dsg.getGraph(it.next()).size();
        }
        return n;
    }

    private static List<Binding> take(RowSet rows, int limit, HttpAction action) {
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            if (kept.size() == limit) {
                truncated(action, limit);
                break;
            }
            kept.add(b);
        }
        return kept;
    }

    private static void truncated(HttpAction action, int limit) {
        action.setResponseHeader(TRUNCATED, Integer.toString(limit));
        action.log.info(format("[%d] Answer cut to %d", action.id, limit));
    }

    /** Sends the answer; a failure after the first byte aborts the connection instead of ending it cleanly. */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        List<String> offers = result.isRowSet() || result.isBoolean() ? AcceptHeader.RESULTS : AcceptHeader.GRAPHS;
        if (!choosesByParameter(action) && !AcceptHeader.acceptable(action.getRequest(), offers)) {
            ServletOps.error(HttpServletResponse.SC_NOT_ACCEPTABLE, "Not available in the requested media type; "
                    + "this answer is available as " + String.join(", ", offers) + ".");
        }
        try {
            super.sendResults(action, result, prologue);
        } catch (RuntimeException | Error e) {
            if (!action.getResponse().isCommitted()) {
                throw e;
            }
            action.log.info(format("[%d] Sending stopped: %s", action.id, e.getMessage()));
            abort(action, e);
        }
    }

    /** Fuseki's parameters that choose the format instead of Accept. */
    private static boolean choosesByParameter(HttpAction action) {
        return action.getRequestParameter("format") != null || action.getRequestParameter("output") != null
                || action.getRequestParameter("results") != null;
    }

    /** Closes the connection without ending the response, so the client sees an incomplete answer. */
    static void abort(HttpAction action, Throwable why) {
        ServletContextRequest r = ServletContextRequest.getServletContextRequest(action.getRequest());
        if (r != null) {
            r.getServletChannel().abort(why);
        }
    }
}
