package org.w3id.medfm.server.policy;

import java.time.Duration;

/**
 * What one client, and all clients together, may take of the server.
 *
 * @param running queries running at once, over all clients; more wait up to {@code queueWait}, then get 503
 * @param runningPerClient queries one client may have running at once; more get 429
 * @param budget CPU time one client's queries may take per {@code window}, refilled continuously; beyond it, 429
 *     with {@code Retry-After} (Wikidata's endpoint gives each client a minute of query time per minute; CPU time
 *     is counted here, so that a client's budget is not spent waiting for cores that others hold)
 * @param window the period the budget refills over
 * @param queueWait how long a query waits for a free slot before 503
 * @param maxResponseBytes the most bytes one answer may take; the connection is aborted past it
 * @param idleTimeout how long a connection may send or take nothing (a slow reader, a silent client)
 * @param headerTimeout how long a client may take to send a request's line and headers (a trickling client)
 */
public record Limits(int running, int runningPerClient, Duration budget, Duration window, Duration queueWait,
        long maxResponseBytes, Duration idleTimeout, Duration headerTimeout) {
    /** The defaults of {@code serve}. */
    public static Limits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new Limits(Math.max(4, 2 * cores), 2, Duration.ofSeconds(30), Duration.ofMinutes(1),
                Duration.ofSeconds(5), 32L << 20, Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    public Limits withBudget(Duration newBudget) {
        return new Limits(running, runningPerClient, newBudget, window, queueWait, maxResponseBytes, idleTimeout,
                headerTimeout);
    }

    public Limits withRunning(int all, int perClient) {
        return new Limits(all, perClient, budget, window, queueWait, maxResponseBytes, idleTimeout, headerTimeout);
    }

    public Limits withTimeouts(Duration idle, Duration header) {
        return new Limits(running, runningPerClient, budget, window, queueWait, maxResponseBytes, idle, header);
    }

    public Limits withMaxResponseBytes(long bytes) {
        return new Limits(running, runningPerClient, budget, window, queueWait, bytes, idleTimeout, headerTimeout);
    }
}
