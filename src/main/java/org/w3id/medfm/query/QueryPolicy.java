package org.w3id.medfm.query;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.util.Context;

/**
 * What a query may do, decided in one place for the server, the {@code query} command and the example queries:
 * <ul>
 * <li>at most {@value #MAX_LENGTH} characters, checked before parsing (Jena's parser takes time quadratic in the
 * length; a server answers 413);</li>
 * <li>brackets nested at most {@value #MAX_DEPTH} deep, and patterns and expressions at most
 * {@value #MAX_TREE_DEPTH} (the parser and the engine recurse per level; 400);</li>
 * <li>no SERVICE anywhere, unless outbound requests are allowed (400);</li>
 * <li>no function IRI that would load code: {@code java:}, or one of Jena's library namespaces not registered at
 * start-up (400), and an execution context that loads none ({@link #configure}).</li>
 * </ul>
 * A server also sends at most {@value #MAX_ROWS} rows or {@value #MAX_TRIPLES} triples per answer.
 * Logs show a query by {@link #forLog}: one line, shortened.
 */
public final class QueryPolicy {
    /** The longest query text taken, in characters. */
    public static final int MAX_LENGTH = 100_000;
    /** The deepest nesting of brackets ({@code { ( [}) taken. */
    public static final int MAX_DEPTH = 64;
    /** The deepest nesting of patterns and expressions taken, brackets or not ({@code 1+1+1...} nests too). */
    public static final int MAX_TREE_DEPTH = 256;
    /** The most rows a server sends in one answer to SELECT. */
    public static final int MAX_ROWS = 10_000;
    /** The most triples a server sends in one answer to CONSTRUCT or DESCRIBE. */
    public static final int MAX_TRIPLES = 100_000;

    private final boolean allowService;
    private final String base;
    private final Syntax syntax;

    private QueryPolicy(boolean allowService, String base, Syntax syntax) {
        this.allowService = allowService;
        this.base = base;
        this.syntax = syntax;
    }

    /** The public endpoint's policy: no SERVICE; relative IRIs resolve against {@code base}; ARQ syntax. */
    public static QueryPolicy publicEndpoint(String base) {
        return new QueryPolicy(false, base, Syntax.syntaxARQ);
    }

    /** The {@code query} command's policy: SERVICE only when asked for; standard SPARQL. */
    public static QueryPolicy local(boolean allowService) {
        return new QueryPolicy(allowService, null, Syntax.defaultQuerySyntax);
    }

    /** Checks the text, parses it and checks the query; a refusal says why. */
    public Query parse(String text) throws QueryRefusal {
        checkText(text);
        Query query;
        try {
            query = QueryFactory.create(text, base, syntax);
        } catch (QueryParseException e) {
            throw new QueryRefusal(QueryRefusal.Reason.SYNTAX, Math.max(e.getLine(), 0), firstLine(e.getMessage()));
        } catch (QueryException e) {
            throw new QueryRefusal(QueryRefusal.Reason.SYNTAX, 0, firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
        check(query);
        return query;
    }

    /** Refuses a text that is too long or too deeply nested, before anything parses it. */
    public static void checkText(String text) throws QueryRefusal {
        if (text.length() > MAX_LENGTH) {
            throw new QueryRefusal(QueryRefusal.Reason.TOO_LARGE, 0, "the query is " + text.length()
                    + " characters long; at most " + MAX_LENGTH + " are taken");
        }
        if (QueryText.depth(text) > MAX_DEPTH) {
            throw tooDeep();
        }
    }

    private static QueryRefusal tooDeep() {
        return new QueryRefusal(QueryRefusal.Reason.TOO_DEEP, 0, "the query nests brackets more than " + MAX_DEPTH
                + " deep; write it flatter");
    }

    /** Checks a parsed query: SERVICE (unless allowed), functions, depth. */
    public void check(Query query) throws QueryRefusal {
        boolean service;
        try {
            service = SyntaxScan.scan(query);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
        if (service && !allowService) {
            throw new QueryRefusal(QueryRefusal.Reason.SERVICE, 0, "SERVICE is not allowed here: federated "
                    + "queries make outbound requests");
        }
    }

    /** Whether this policy lets {@code query} run. */
    public boolean accepts(Query query) {
        try {
            check(query);
            return true;
        } catch (QueryRefusal e) {
            return false;
        }
    }

    /**
     * Sets up an execution context to match: SERVICE calls on or off, and function registries that load no code.
     */
    public void configure(Context context) {
        context.set(ARQ.httpServiceAllowed, allowService);
        Functions.lockDown(context);
    }

    /** {@code text} for a log line: on one line, at most {@value QueryText#LOG_CHARS} characters of it. */
    public static String forLog(String text) {
        return QueryText.forLog(text);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
