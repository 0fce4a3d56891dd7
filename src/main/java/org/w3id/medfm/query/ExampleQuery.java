package org.w3id.medfm.query;

import org.apache.jena.query.Query;

/**
 * One example query from {@code queries/}: its file name without {@code .rq}, the question its opening comment
 * asks, the rest of that comment, and the text as written.
 *
 * @param label the first comment line: the query's title or question
 * @param comment the other opening comment lines, joined with spaces (the label again when there are none)
 */
public record ExampleQuery(String slug, String label, String comment, String text, Query query) {
    /** The IRI the query is published under in the endpoint's dataset. */
    public String iri() {
        return ExampleQueries.GRAPH + "/" + slug;
    }

    /** Whether the query can run on this server: a federated query (SERVICE) cannot ({@link QueryPolicy}). */
    public boolean runsHere() {
        return QueryPolicy.publicEndpoint(null).accepts(query);
    }

    /** SELECT, CONSTRUCT, ASK or DESCRIBE. */
    public String form() {
        if (query.isSelectType()) {
            return "SELECT";
        }
        if (query.isConstructType()) {
            return "CONSTRUCT";
        }
        return query.isAskType() ? "ASK" : "DESCRIBE";
    }
}
