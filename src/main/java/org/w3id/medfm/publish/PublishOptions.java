package org.w3id.medfm.publish;

import java.net.URI;
import java.time.Duration;

/**
 * Where and how to publish.
 *
 * @param store the store's Graph Store Protocol endpoint ({@code http://host:3030/ds/data} for Fuseki,
 *     {@code http://host:8890/sparql-graph-crud-auth} for Virtuoso); the graph goes in its {@code graph} parameter
 * @param graph the IRI of the named graph to replace
 * @param chunk at most this many triples per request
 * @param user the user name, or null to send no credentials
 * @param password the password, or null
 * @param timeout how long one request may take
 */
public record PublishOptions(URI store, String graph, int chunk, String user, String password, Duration timeout) {
    /** Environment variables holding the credentials: never on the command line, where other users see them. */
    public static final String USER_VARIABLE = "MEDFM_STORE_USER";
    public static final String PASSWORD_VARIABLE = "MEDFM_STORE_PASSWORD";
    public static final int DEFAULT_CHUNK = 50_000;

    @Override
    public String toString() {
        return "PublishOptions[store=" + store + ", graph=" + graph + ", chunk=" + chunk + ", user=" + user + "]";
    }
}
