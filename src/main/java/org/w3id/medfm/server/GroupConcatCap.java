package org.w3id.medfm.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * GROUP_CONCAT with a ceiling: every other part of an answer is bounded (rows, triples, bytes), but Jena builds a
 * GROUP_CONCAT's string whole, so one over a cartesian product grows until the heap is gone. Here all the
 * GROUP_CONCATs of one query together may build at most {@value #MAX_CHARS} characters; past that the query stops
 * with {@link TooLong}. It is applied after Jena's own optimizer, through the query's context.
 */
final class GroupConcatCap {
    /** The most characters the GROUP_CONCATs of one query may build, over all groups. */
    static final int MAX_CHARS = 4_000_000;

    private GroupConcatCap() {
    }

    /** Thrown when a query's GROUP_CONCATs pass {@link #MAX_CHARS}. */
    static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("GROUP_CONCAT built more than " + MAX_CHARS + " characters", null, false, false);
        }
    }

    /** Jena's optimizer followed by the cap, with a new count for each query. */
    static RewriteFactory optimizer() {
        return context -> {
            var standard = Optimize.stdOptimizationFactory.create(context);
            return op -> Transformer.transform(new Capping(new long[1]), standard.rewrite(op));
        };
    }

    /** Replaces each GROUP_CONCAT of a grouping by one that counts into {@code built}. */
    private static final class Capping extends TransformCopy {
        private final long[] built;

        Capping(long[] built) {
            this.built = built;
        }

        @Override
        public Op transform(OpGroup op, Op sub) {
            List<ExprAggregator> aggregators = new ArrayList<>();
            boolean changed = false;
            for (ExprAggregator e : op.getAggregators()) {
                Aggregator a = e.getAggregator();
                if (a instanceof AggGroupConcat g) {
                    aggregators.add(new ExprAggregator(e.getVar(), new Capped(g.getExprList().get(0),
                            g.getSeparator(), false, built)));
                    changed = true;
                } else if (a instanceof AggGroupConcatDistinct g) {
                    aggregators.add(new ExprAggregator(e.getVar(), new Capped(g.getExprList().get(0),
                            g.getSeparator(), true, built)));
                    changed = true;
                } else {
                    aggregators.add(e);
                }
            }
            return changed ? OpGroup.create(sub, op.getGroupVars(), aggregators) : super.transform(op, sub);
        }
    }

    /** GROUP_CONCAT (DISTINCT or not) whose accumulators add what they build to a shared count. */
    private static final class Capped extends AggGroupConcat {
        private final String separator;
        private final boolean distinct;
        private final long[] built;

        Capped(Expr expr, String separator, boolean distinct, long[] built) {
            super(expr, separator);
            this.separator = separator == null ? " " : separator;
            this.distinct = distinct;
            this.built = built;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Capped(exprs.get(0), getSeparator(), distinct, built);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Counted(getExprList().get(0), separator, distinct, built);
        }
    }

    private static final class Counted extends AccumulatorExpr {
        private final StringBuilder text = new StringBuilder();
        private final String separator;
        private final long[] built;
        private boolean first = true;

        Counted(Expr expr, String separator, boolean distinct, long[] built) {
            super(expr, distinct);
            this.separator = separator;
            this.built = built;
        }

        @Override
        protected void accumulate(NodeValue nv, Binding binding, FunctionEnv env) {
            String s = nv.asString();
            built[0] += s.length() + (first ? 0 : separator.length());
            if (built[0] > MAX_CHARS) {
                throw new TooLong();
            }
            if (!first) {
                text.append(separator);
            }
            text.append(s);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
            // As Jena's GROUP_CONCAT: a value that is in error is left out.
        }

        @Override
        public NodeValue getAccValue() {
            return NodeValue.makeString(text.toString());
        }
    }
}
