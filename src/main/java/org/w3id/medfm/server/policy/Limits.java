package org.w3id.medfm.server.policy;

import java.time.Duration;

/**
 * What one client, and all clients together, may take of the server.
 *
 * @param running queries of clients in good standing running at once, over all clients; more wait up to
 *     {@code queueWait}, then get 503
 * @param runningPerClient queries one client in good standing may have running at once; more get 429
 * @param budget CPU time one client's queries may take per {@code window}, refilled continuously; beyond it, 429
 *     with {@code Retry-After} (Wikidata's endpoint gives each client a minute of query time per minute; CPU time
 *     is counted here, so that a client's budget is not spent waiting for cores that others hold, except that a
 *     query cut off by the timeout is charged the whole time it held its slot)
 * @param window the period the budget refills over, and how long a client whose query ran long stays held to
 *     the lane of long queries
 * @param longQuery the cost past which a query counts as long (its CPU time; for one cut off by the timeout, the
 *     whole time it held its slot); its client then runs one query at a time, in the lane of long queries, for a
 *     {@code window}
 * @param runningLong queries of clients whose queries ran long running at once, over all such clients, beside
 *     the {@code running} ones; more wait up to {@code queueWait}, then get 503
 * @param queueWait how long a query waits for a free slot before 503
 * @param maxResponseBytes the most bytes one answer may take; the connection is aborted past it
 * @param idleTimeout how long a connection may send or take nothing (a slow reader, a silent client); at least
 *     {@code queueWait} plus the query timeout plus 2 s is used, so that a query that waits and runs to its timeout
 *     still gets its 503 ({@link SlowClients#idleTimeout})
 * @param headerTimeout how long a client may take to send a request's line and headers (a trickling client)
 */
public record Limits(int running, int runningPerClient, Duration budget, Duration window, Duration longQuery,
        int runningLong, Duration queueWait, long maxResponseBytes, Duration idleTimeout, Duration headerTimeout) {
    public Limits {
        if (running < 1 || runningPerClient < 1 || runningLong < 1) {
            throw new IllegalArgumentException("at least one query must be able to run");
        }
    }

    /**
     * The defaults of {@code serve}: twice the cores (at least 4) running at once, 2 per client, 30 s of CPU time
     * per minute, long queries past 2 s of CPU time, a quarter of the cores (at least 1) for them.
     */
    public static Limits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new Limits(Math.max(4, 2 * cores), 2, Duration.ofSeconds(30), Duration.ofMinutes(1),
                Duration.ofSeconds(2), Math.max(1, cores / 4), Duration.ofSeconds(5), 32L << 20,
                Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    public Limits withBudget(Duration newBudget) {
        return new Limits(running, runningPerClient, newBudget, window, longQuery, runningLong, queueWait,
                maxResponseBytes, idleTimeout, headerTimeout);
    }

    public Limits withRunning(int all, int perClient) {
        return new Limits(all, perClient, budget, window, longQuery, runningLong, queueWait, maxResponseBytes,
                idleTimeout, headerTimeout);
    }

    /** Limits where a query is long past {@code cpu} of CPU time, and {@code running} such run at once. */
    public Limits withLongQueries(Duration cpu, int runningAtOnce) {
        return new Limits(running, runningPerClient, budget, window, cpu, runningAtOnce, queueWait,
                maxResponseBytes, idleTimeout, headerTimeout);
    }

    public Limits withQueueWait(Duration wait) {
        return new Limits(running, runningPerClient, budget, window, longQuery, runningLong, wait,
                maxResponseBytes, idleTimeout, headerTimeout);
    }

    public Limits withTimeouts(Duration idle, Duration header) {
        return new Limits(running, runningPerClient, budget, window, longQuery, runningLong, queueWait,
                maxResponseBytes, idle, header);
    }

    public Limits withMaxResponseBytes(long bytes) {
        return new Limits(running, runningPerClient, budget, window, longQuery, runningLong, queueWait, bytes,
                idleTimeout, headerTimeout);
    }
}
