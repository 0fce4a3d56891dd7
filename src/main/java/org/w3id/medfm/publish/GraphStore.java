package org.w3id.medfm.publish;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.graph.Triple;
import org.eclipse.jetty.client.Authentication;
import org.eclipse.jetty.client.BasicAuthentication;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.DigestAuthentication;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpMethod;

/**
 * One named graph of a store that speaks the SPARQL 1.1 Graph Store HTTP Protocol: replace it (PUT), add to it
 * (POST), count it (GET, parsed as it streams). Jetty's HTTP client does the talking because it answers both Basic
 * and Digest challenges (Virtuoso asks for Digest, which the JDK's client cannot do).
 */
final class GraphStore implements AutoCloseable {
    static final String NTRIPLES = "application/n-triples";
    private final HttpClient http = new HttpClient();
    private final PublishOptions options;
    private final String graphUrl;

    GraphStore(PublishOptions options) throws StoreException {
        this.options = options;
        String s = options.store().toString();
        this.graphUrl = s + (s.contains("?") ? "&" : "?") + "graph=" + URLEncoder.encode(options.graph(),
                StandardCharsets.UTF_8);
        http.setFollowRedirects(false);
        if (options.user() != null) {
            URI any = options.store();
            http.getAuthenticationStore().addAuthentication(new DigestAuthentication(any, Authentication.ANY_REALM,
                    options.user(), options.password() == null ? "" : options.password()));
            http.getAuthenticationStore().addAuthentication(new BasicAuthentication(any, Authentication.ANY_REALM,
                    options.user(), options.password() == null ? "" : options.password()));
        }
        try {
            http.start();
        } catch (Exception e) {
            throw new StoreException("cannot start the HTTP client: " + e.getMessage(), e);
        }
    }

    /** Replaces the graph with {@code ntriples}. */
    void put(byte[] ntriples) throws StoreException {
        send(HttpMethod.PUT, ntriples);
    }

    /** Adds {@code ntriples} to the graph. */
    void post(byte[] ntriples) throws StoreException {
        send(HttpMethod.POST, ntriples);
    }

    private void send(HttpMethod method, byte[] body) throws StoreException {
        Request r = http.newRequest(graphUrl).method(method).body(new BytesRequestContent(NTRIPLES, body))
                .timeout(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        ContentResponse res;
        try {
            res = r.send();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted");
        } catch (TimeoutException | ExecutionException e) {
            throw unreachable(e);
        }
        if (res.getStatus() / 100 != 2) {
            throw refused(method + " " + graphUrl, res.getStatus(), res.getReason(), res.getContentAsString());
        }
    }

    /** The triples the store holds in the graph, counted from a GET of the graph as it streams in. */
    long count() throws StoreException {
        InputStreamResponseListener listener = new InputStreamResponseListener();
        http.newRequest(graphUrl).method(HttpMethod.GET)
                .headers(h -> h.put("Accept", NTRIPLES + ", text/turtle;q=0.9, application/rdf+xml;q=0.5"))
                .timeout(options.timeout().toMillis(), TimeUnit.MILLISECONDS).send(listener);
        Response res;
        try {
            res = listener.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted");
        } catch (TimeoutException | ExecutionException e) {
            throw unreachable(e);
        }
        try (InputStream body = listener.getInputStream()) {
            if (res.getStatus() == 404) {
                return 0;
            }
            if (res.getStatus() != 200) {
                throw refused("GET " + graphUrl, res.getStatus(), res.getReason(),
                        new String(body.readNBytes(500), StandardCharsets.UTF_8));
            }
            String type = res.getHeaders().get("Content-Type");
            Lang lang = type == null ? Lang.NTRIPLES : RDFLanguages.contentTypeToLang(ContentType.create(type)
                    .getContentTypeStr());
            Counter counter = new Counter();
            RDFParser.source(body).lang(lang == null ? Lang.NTRIPLES : lang).parse(counter);
            return counter.triples;
        } catch (IOException | RiotException e) {
            throw new StoreException("the store's copy of <" + options.graph() + "> could not be read back: "
                    + e.getMessage(), e);
        }
    }

    private static final class Counter extends StreamRDFBase {
        private long triples;

        @Override
        public void triple(Triple triple) {
            triples++;
        }
    }

    private StoreException unreachable(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new StoreException("no answer from " + options.store() + ": " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), e);
    }

    private StoreException refused(String what, int status, String reason, String body) {
        String hint = status == 401 || status == 403 ? " (set " + PublishOptions.USER_VARIABLE + " and "
                + PublishOptions.PASSWORD_VARIABLE + " to a user allowed to write)" : "";
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return new StoreException(what + " answered " + status + " " + (reason == null ? "" : reason) + hint
                + (text.isEmpty() ? "" : ": " + text.substring(0, Math.min(200, text.length()))));
    }

    @Override
    public void close() {
        try {
            http.stop();
        } catch (Exception e) {
            // stopping a client that sent everything it had to: nothing is lost
        }
    }
}
