package org.w3id.medfm.server.policy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * Timeouts against clients that hold a connection without using it. Jetty's idle timeout closes a connection that
 * sends or takes nothing for a while (a silent client, a reader that stopped reading); a client that trickles its
 * request head a byte at a time is never idle, so this also closes a connection that has spent longer than the
 * header timeout on one request's line and headers. Add it to the Jetty server as a bean, so it starts and stops
 * with it.
 */
public final class SlowClients extends AbstractLifeCycle {
    private final ServerConnector connector;
    private final Limits limits;
    private final Map<EndPoint, Head> heads = new ConcurrentHashMap<>();
    private ScheduledExecutorService sweeper;

    /**
     * Sets {@code connector}'s idle timeout; the header timeout runs while this is started. A connection whose
     * query waits for a slot and then runs until {@code queryTimeout} sends nothing all that time, so the idle
     * timeout is at least that long and 2 s more: else Jetty could close the connection just before the query's
     * 503, and the client would see it closed without an answer.
     */
    public SlowClients(ServerConnector connector, Limits limits, Duration queryTimeout) {
        this.connector = connector;
        this.limits = limits;
        connector.setIdleTimeout(idleTimeout(limits, queryTimeout).toMillis());
    }

    /** The idle timeout used: {@link Limits#idleTimeout()}, or the longest a query may keep quiet plus 2 s. */
    public static Duration idleTimeout(Limits limits, Duration queryTimeout) {
        Duration quiet = limits.queueWait().plus(queryTimeout).plusSeconds(2);
        return quiet.compareTo(limits.idleTimeout()) > 0 ? quiet : limits.idleTimeout();
    }

    /** Since when a connection has been receiving a request head, and how many requests it had then. */
    private record Head(long since, long messages) {
    }

    @Override
    protected void doStart() {
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "medfm-kg-slow-clients");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(100, limits.headerTimeout().toMillis() / 4);
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        sweeper.shutdownNow();
        heads.clear();
    }

    /** Closes every connection that has been on one request head for longer than the header timeout. */
    void sweep() {
        long now = System.nanoTime();
        heads.keySet().removeIf(ep -> !ep.isOpen());
        for (EndPoint ep : connector.getConnectedEndPoints()) {
            if (!(ep.getConnection() instanceof HttpConnection c) || !receivingHead(c)) {
                heads.remove(ep);
                continue;
            }
            Head h = heads.get(ep);
            if (h == null || h.messages() != c.getMessagesIn()) {
                heads.put(ep, new Head(now, c.getMessagesIn()));
            } else if (now - h.since() > limits.headerTimeout().toNanos()) {
                heads.remove(ep);
                ep.close();
            }
        }
    }

    /** Whether the connection has begun a request head and not finished it. */
    private static boolean receivingHead(HttpConnection c) {
        return c.getParser().inHeaderState() && !c.getParser().isStart();
    }
}
