package org.w3id.medfm.pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.jena.sys.JenaSystem;

/**
 * Sets Jena up once, for every thread, and makes each caller wait until it is done. {@link JenaSystem#init()} alone
 * does not: it marks itself done before it starts (so that its own recursive calls return), and a second thread
 * that calls it meanwhile returns at once and goes on with Jena half set up (a registry still null, or two threads
 * initialising each other's classes, waiting on each other for good). So every thread of ours calls
 * {@link #await()} before it touches any class of Jena's.
 */
public final class JenaSetup {
    private static final FutureTask<Void> SETUP = new FutureTask<>(() -> {
        JenaSystem.init();
        Timing.lap("Jena set up");
    }, null);

    private JenaSetup() {
    }

    /** Starts setting Jena up on a thread of its own, so that it is done or under way when first needed. */
    public static void inBackground() {
        Thread t = new Thread(SETUP, "medfm-kg-jena");
        t.setDaemon(true);
        t.start();
    }

    /** Sets Jena up here, unless another thread is doing so or has done it; returns once it is done. */
    public static void await() {
        SETUP.run();
        try {
            SETUP.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Jena was set up", e);
        } catch (ExecutionException e) {
            throw Tasks.unwrapped(e);
        }
    }
}
