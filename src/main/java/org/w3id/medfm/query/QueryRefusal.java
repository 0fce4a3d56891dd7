package org.w3id.medfm.query;

/**
 * A query that {@link QueryPolicy} will not run, and why: the reason says which HTTP status a server answers with,
 * the message says what to change, and the line (1-based, 0 when unknown) where.
 */
public final class QueryRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a query is refused. */
    public enum Reason {
        /** Longer than {@link QueryPolicy#MAX_LENGTH}: refused before it is parsed. */
        TOO_LARGE(413),
        /** Nested deeper than {@link QueryPolicy#MAX_DEPTH}. */
        TOO_DEEP(400),
        /** Not SPARQL. */
        SYNTAX(400),
        /** Holds SERVICE where outbound requests are off. */
        SERVICE(400),
        /** Calls a function or property function that would load code ({@code java:}, or one not offered). */
        FUNCTION(400);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        /** The HTTP status a server answers with. */
        public int status() {
            return status;
        }
    }

    private final Reason reason;
    private final int line;

    public QueryRefusal(Reason reason, int line, String message) {
        super(message);
        this.reason = reason;
        this.line = line;
    }

    public Reason reason() {
        return reason;
    }

    /** The line of the query the problem is on, 1-based; 0 when the problem is the query as a whole. */
    public int line() {
        return line;
    }
}
