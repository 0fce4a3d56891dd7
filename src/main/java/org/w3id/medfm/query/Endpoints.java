package org.w3id.medfm.query;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * Queries sent to a remote endpoint: with a connect timeout and a timeout for the answer to begin, so that a dead
 * or silent endpoint ends the command with a message instead of a wait without end or a stack trace.
 */
final class Endpoints {
    /** The longest wait for a connection. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private Endpoints() {
    }

    static QueryExecution execution(QueryOptions options, Query query) {
        Duration connect = options.timeout().compareTo(CONNECT_TIMEOUT) < 0 ? options.timeout() : CONNECT_TIMEOUT;
        HttpClient client = HttpClient.newBuilder().connectTimeout(connect)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return QueryExecutionHTTP.service(options.endpoint()).httpClient(client).query(query)
                .timeout(options.timeout().toMillis(), TimeUnit.MILLISECONDS).build();
    }

    /** One line for a failed request: what the endpoint said, or why it could not be asked. */
    static String whatWentWrong(String endpoint, RuntimeException e) {
        if (e instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP q && q.getStatusCode() > 0) {
            String said = q.getResponse() == null ? "" : q.getResponse().strip().lines().findFirst().orElse("");
            return endpoint + " answered " + q.getStatusCode() + (said.isEmpty() ? "" : ": " + said);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return "cannot connect to " + endpoint + ": no answer within the connect timeout";
            }
            if (t instanceof HttpTimeoutException) {
                return endpoint + " did not answer within the timeout (--timeout)";
            }
            if (t instanceof ConnectException) {
                return "cannot connect to " + endpoint + ": connection refused";
            }
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "cannot connect to " + endpoint + ": unknown host";
            }
        }
        String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        return "request to " + endpoint + " failed: " + why;
    }
}
