package org.w3id.medfm.server.policy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each client's account of query time: a bucket holding up to the budget, refilled at budget per window, from
 * which each query's cost is taken when it ends (so it may go below zero); a count of its queries running; and
 * until when its queries go to the lane of long queries. A client is admitted while its bucket is above zero and
 * it runs fewer than its share at once: {@link Limits#runningPerClient()}, or one while it is held to the long
 * lane, which a query that ran long puts it in for a window. Accounts of clients that are idle, full and not held
 * are dropped when there are many, so memory stays bounded.
 */
final class ClientBudgets {
    private static final int PRUNE_ABOVE = 10_000;
    private final Limits limits;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    ClientBudgets(Limits limits) {
        this.limits = limits;
    }

    /**
     * The outcome of asking to run: admitted (in the lane of long queries or not), or refused with the seconds to
     * wait and why.
     */
    record Admission(boolean admitted, boolean longLane, long retryAfterSeconds, String reason) {
    }

    Admission admit(String client, long nowNanos) {
        if (accounts.size() > PRUNE_ABOVE) {
            prune(nowNanos);
        }
        Account a = accounts.computeIfAbsent(client, k -> new Account(budgetMillis(), nowNanos));
        synchronized (a) {
            a.refill(nowNanos, budgetMillis(), ratePerNano());
            boolean held = a.held(nowNanos);
            int share = held ? 1 : limits.runningPerClient();
            if (a.running >= share) {
                return new Admission(false, held, 1, "you have " + a.running + " queries running; at most " + share
                        + " run at once per client" + (held ? " whose queries ran long in the last "
                                + limits.window().toSeconds() + " s" : ""));
            }
            if (a.balance <= 0) {
                long wait = (long) Math.ceil(-a.balance / ratePerNano() / 1e9) + 1;
                return new Admission(false, held, wait, "your queries have used their "
                        + limits.budget().toSeconds() + " s of CPU time per " + limits.window().toSeconds() + " s");
            }
            a.running++;
            return new Admission(true, held, 0, "");
        }
    }

    /**
     * Takes {@code costNanos} of query time from {@code client}'s account and frees its slot; a query that
     * {@code ranLong} holds the client to the long lane for a window from now.
     */
    void done(String client, long costNanos, boolean ranLong, long nowNanos) {
        Account a = accounts.get(client);
        if (a == null) {
            return;
        }
        synchronized (a) {
            a.refill(nowNanos, budgetMillis(), ratePerNano());
            a.running--;
            a.balance -= costNanos / 1e6;
            if (ranLong) {
                a.heldUntil = nowNanos + limits.window().toNanos();
                a.everHeld = true;
            }
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
                return a.running == 0 && a.balance >= budgetMillis() && !a.held(nowNanos);
            }
        });
    }

    /** One client's bucket (milliseconds), running count, and the end of its time in the long lane. */
    private static final class Account {
        double balance;
        long updated;
        int running;
        long heldUntil;
        boolean everHeld;

        Account(double balance, long now) {
            this.balance = balance;
            this.updated = now;
        }

        void refill(long now, double capacity, double ratePerNano) {
            balance = Math.min(capacity, balance + (now - updated) * ratePerNano);
            updated = now;
        }

        boolean held(long now) {
            return everHeld && now - heldUntil < 0;
        }
    }
}
