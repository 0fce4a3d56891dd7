package org.w3id.medfm.server;

import java.nio.file.Path;
import java.time.Duration;
import org.w3id.medfm.server.policy.Limits;

/**
 * How to serve.
 *
 * @param host the interface to listen on ({@code 127.0.0.1} keeps the server private to this machine)
 * @param port the port; 0 picks a free one
 * @param tdb2 a TDB2 store folder to serve from, or null to serve from memory
 * @param timeout how long a query may run before it is cut off
 * @param queriesDir the folder of example queries ({@code *.rq}) published in the endpoint
 * @param publicUrl the URL clients reach the server at (ends with '/'), or null for {@code http://host:port/}
 *     ({@code localhost} for a wildcard host: give the public URL when other machines are to use it)
 * @param limits what one client, and all together, may take of the server
 */
public record ServerOptions(String host, int port, Path tdb2, Duration timeout, Path queriesDir, String publicUrl,
        Limits limits) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public ServerOptions {
        if (publicUrl != null && !publicUrl.endsWith("/")) {
            publicUrl = publicUrl + "/";
        }
        if (limits == null) {
            limits = Limits.defaults();
        }
    }

    /** Options with the default {@link Limits}. */
    public ServerOptions(String host, int port, Path tdb2, Duration timeout, Path queriesDir, String publicUrl) {
        this(host, port, tdb2, timeout, queriesDir, publicUrl, Limits.defaults());
    }

    public ServerOptions withLimits(Limits newLimits) {
        return new ServerOptions(host, port, tdb2, timeout, queriesDir, publicUrl, newLimits);
    }

    /** The defaults of {@code serve}: 127.0.0.1:3030, in memory, 10 s, {@code queries/}. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_TIMEOUT, Path.of("queries"), null);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, tdb2, timeout, queriesDir, publicUrl, limits);
    }

    public ServerOptions withTimeout(Duration newTimeout) {
        return new ServerOptions(host, port, tdb2, newTimeout, queriesDir, publicUrl, limits);
    }

    public ServerOptions withQueriesDir(Path dir) {
        return new ServerOptions(host, port, tdb2, timeout, dir, publicUrl, limits);
    }

    public ServerOptions withTdb2(Path dir) {
        return new ServerOptions(host, port, dir, timeout, queriesDir, publicUrl, limits);
    }

    /** The base URL for a server bound to {@code boundPort}. */
    String baseUrl(int boundPort) {
        if (publicUrl != null) {
            return publicUrl;
        }
        String h = host;
        if (host.equals("0.0.0.0") || host.equals("::")) {
            h = "localhost";
        } else if (host.contains(":")) {
            h = "[" + host + "]";
        }
        return "http://" + h + ":" + boundPort + "/";
    }
}
