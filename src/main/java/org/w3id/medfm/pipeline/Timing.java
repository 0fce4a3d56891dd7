package org.w3id.medfm.pipeline;

/**
 * With {@code -Dmedfm.timing=true}, {@code build} prints the time and heap of each of its phases to standard error,
 * for profiling (with the time since the JVM started, the thread, and the CPU time it took: {@code serve} works on
 * several); otherwise nothing.
 */
public final class Timing {
    private static final boolean ON = Boolean.getBoolean("medfm.timing");
    private static long last;

    private Timing() {
    }

    public static void start() {
        last = System.nanoTime();
    }

    public static void lap(String phase) {
        if (ON) {
            long now = System.nanoTime();
            Runtime r = Runtime.getRuntime();
            System.err.printf("%-60s %6.1f s  heap %5d MB  at %6d ms of the JVM, on %s (%d ms of CPU so far)%n", phase,
                    (now - last) / 1e9, (r.totalMemory() - r.freeMemory()) >> 20,
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(),
                    Thread.currentThread().getName(),
                    java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
            last = now;
        }
    }
}
