package org.w3id.medfm.server.policy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each client's account of query (CPU) time: a bucket holding up to the budget, refilled at budget per window, from
 * which each query's time is taken when it ends (so it may go below zero), and a count of its queries running.
 * A client is admitted while its bucket is above zero and it runs fewer than its share at once. Accounts of
 * clients that are idle and full are dropped when there are many, so memory stays bounded.
 */
final class ClientBudgets {
    private static final int PRUNE_ABOVE = 10_000;
    private final Limits limits;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    ClientBudgets(Limits limits) {
        this.limits = limits;
    }

    /** The outcome of asking to run: admitted, or refused with the seconds to wait. */
    record Admission(boolean admitted, long retryAfterSeconds, String reason) {
    }

    Admission admit(String client, long nowNanos) {
        if (accounts.size() > PRUNE_ABOVE) {
            prune(nowNanos);
        }
        Account a = accounts.computeIfAbsent(client, k -> new Account(budgetMillis(), nowNanos));
        synchronized (a) {
            a.refill(nowNanos, budgetMillis(), ratePerNano());
            if (a.running >= limits.runningPerClient()) {
                return new Admission(false, 1, "you have " + a.running + " queries running; at most "
                        + limits.runningPerClient() + " run at once per client");
            }
            if (a.balance <= 0) {
                long wait = (long) Math.ceil(-a.balance / ratePerNano() / 1e9) + 1;
                return new Admission(false, wait, "your queries have used their " + limits.budget().toSeconds()
                        + " s of CPU time per " + limits.window().toSeconds() + " s");
            }
            a.running++;
            return new Admission(true, 0, "");
        }
    }

    /** Takes {@code elapsedNanos} of query time from {@code client}'s account and frees its slot. */
    void done(String client, long elapsedNanos, long nowNanos) {
        Account a = accounts.get(client);
        if (a == null) {
            return;
        }
        synchronized (a) {
            a.refill(nowNanos, budgetMillis(), ratePerNano());
            a.running--;
            a.balance -= elapsedNanos / 1e6;
        }
    }

    private double budgetMillis() {
        return limits.budget().toMillis();
    }

    /** Milliseconds of budget refilled per nanosecond. */
    private double ratePerNano() {
        return budgetMillis() / limits.window().toNanos();
    }

    private void prune(long nowNanos) {
        accounts.entrySet().removeIf(e -> {
            Account a = e.getValue();
            synchronized (a) {
                a.refill(nowNanos, budgetMillis(), ratePerNano());
                return a.running == 0 && a.balance >= budgetMillis();
            }
        });
    }

    /** One client's bucket (milliseconds) and running count. */
    private static final class Account {
        double balance;
        long updated;
        int running;

        Account(double balance, long now) {
            this.balance = balance;
            this.updated = now;
        }

        void refill(long now, double capacity, double ratePerNano) {
            balance = Math.min(capacity, balance + (now - updated) * ratePerNano);
            updated = now;
        }
    }
}
