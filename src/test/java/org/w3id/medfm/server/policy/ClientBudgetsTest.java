package org.w3id.medfm.server.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The accounts behind fair sharing, on a clock of our own: a budget of 30 s per minute, 2 queries at once per
 * client, queries long past 2 s of CPU time.
 */
class ClientBudgetsTest {
    private static final long S = 1_000_000_000L;
    private final Limits limits = Limits.defaults().withBudget(Duration.ofSeconds(30)).withRunning(8, 2)
            .withLongQueries(Duration.ofSeconds(2), 1);
    private final ClientBudgets budgets = new ClientBudgets(limits);

    @Test
    void aClientRunsTwoAtOnceAndAnotherClientIsNotHeldBack() {
        assertTrue(budgets.admit("a", 0).admitted());
        assertTrue(budgets.admit("a", 0).admitted());
        ClientBudgets.Admission third = budgets.admit("a", 0);
        assertFalse(third.admitted());
        assertTrue(third.retryAfterSeconds() >= 1);
        assertTrue(third.reason().contains("at most 2 run at once"), third.reason());
        assertTrue(budgets.admit("b", 0).admitted(), "another client has its own slots");
        budgets.done("a", S / 10, false, S);
        assertTrue(budgets.admit("a", S).admitted(), "a slot is free again once a query ends");
    }

    @Test
    void aBudgetSpentIsRefusedUntilItRefills() {
        assertTrue(budgets.admit("a", 0).admitted());
        budgets.done("a", 40 * S, false, 0);
        ClientBudgets.Admission refused = budgets.admit("a", 0);
        assertFalse(refused.admitted());
        // 10 s in debt at 0.5 s per second: 20 s to wait, and a second more to be above zero.
        assertEquals(21, refused.retryAfterSeconds());
        assertTrue(refused.reason().contains("30 s of CPU time per 60 s"), refused.reason());
        assertFalse(budgets.admit("a", 19 * S).admitted());
        assertTrue(budgets.admit("a", 21 * S).admitted());
    }

    @Test
    void aClientWhoseQueryRanLongRunsOneAtATimeInTheLongLaneForAWindow() {
        ClientBudgets.Admission first = budgets.admit("a", 0);
        assertTrue(first.admitted() && !first.longLane());
        budgets.done("a", 3 * S, true, 10 * S);
        ClientBudgets.Admission next = budgets.admit("a", 11 * S);
        assertTrue(next.admitted() && next.longLane(), "held to the long lane");
        ClientBudgets.Admission second = budgets.admit("a", 11 * S);
        assertFalse(second.admitted(), "one at a time while held");
        assertTrue(second.reason().contains("at most 1 run at once"), second.reason());
        assertFalse(budgets.admit("b", 11 * S).longLane(), "another client is not held");
        budgets.done("a", S / 10, false, 12 * S);
        ClientBudgets.Admission later = budgets.admit("a", 71 * S);
        assertTrue(later.admitted() && !later.longLane(), "a window after its last long query");
        assertTrue(budgets.admit("a", 71 * S).admitted(), "and two at once again");
    }

    @Test
    void aQueryThatRanLongAgainExtendsTheHold() {
        budgets.admit("a", 0);
        budgets.done("a", 3 * S, true, 0);
        budgets.admit("a", 50 * S);
        budgets.done("a", 3 * S, true, 50 * S);
        assertTrue(budgets.admit("a", 100 * S).longLane());
    }
}
