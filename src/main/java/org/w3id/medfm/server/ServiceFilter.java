package org.w3id.medfm.server;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/** Finds SERVICE anywhere in a query: in subqueries, OPTIONAL, UNION, and inside FILTER (NOT) EXISTS. */
final class ServiceFilter {
    /** What a client is told when its query holds SERVICE. */
    static final String REFUSAL = "SERVICE is not allowed here: this endpoint makes no outbound requests, so it runs "
            + "no federated queries. Run the federated part on your own machine (for example with "
            + "'medfm-kg query FILE.rq --endpoint URL').";

    private ServiceFilter() {
    }

    static boolean usesService(Query query) {
        if (query.getQueryPattern() == null) {
            return false;
        }
        AtomicBoolean found = new AtomicBoolean();
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found.set(true);
            }
        }, new ExprVisitorBase());
        return found.get();
    }
}
