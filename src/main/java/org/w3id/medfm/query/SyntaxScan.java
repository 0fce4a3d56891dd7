package org.w3id.medfm.query;

import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.Element1;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementDataset;
import org.apache.jena.sparql.syntax.ElementExists;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementNotExists;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnfold;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * Walks a parsed query's syntax everywhere a pattern or an expression can hide: the WHERE clause and its
 * sub-queries, FILTER, BIND, (NOT) EXISTS, the projection, GROUP BY, HAVING, ORDER BY and the aggregates. It notes
 * SERVICE, and refuses function and property-function IRIs that {@link Functions} does not offer, and trees
 * deeper than {@link QueryPolicy#MAX_TREE_DEPTH} (a chain like {@code 1+1+1...} nests without brackets).
 * Jena's own walkers miss expressions outside the WHERE clause and do not enter EXISTS, hence this one.
 */
final class SyntaxScan {
    private boolean service;

    private SyntaxScan() {
    }

    /** Scans {@code query}; returns whether it holds SERVICE anywhere. */
    static boolean scan(Query query) throws QueryRefusal {
        SyntaxScan s = new SyntaxScan();
        s.query(query, 0);
        return s.service;
    }

    private void query(Query q, int depth) throws QueryRefusal {
        int d = deeper(depth);
        if (q.getProject() != null) {
            exprs(q.getProject(), d);
        }
        if (q.hasGroupBy()) {
            exprs(q.getGroupBy(), d);
        }
        if (q.hasHaving()) {
            for (Expr e : q.getHavingExprs()) {
                expr(e, d);
            }
        }
        if (q.hasOrderBy()) {
            for (SortCondition c : q.getOrderBy()) {
                expr(c.getExpression(), d);
            }
        }
        if (q.hasAggregators()) {
            for (ExprAggregator a : q.getAggregators()) {
                expr(a, d);
            }
        }
        if (q.getQueryPattern() != null) {
            element(q.getQueryPattern(), d);
        }
    }

    private void exprs(VarExprList list, int depth) throws QueryRefusal {
        for (Expr e : list.getExprs().values()) {
            expr(e, depth);
        }
    }

    private void elements(Collection<Element> list, int depth) throws QueryRefusal {
        for (Element e : list) {
            element(e, depth);
        }
    }

    private void element(Element el, int depth) throws QueryRefusal {
        int d = deeper(depth);
        if (el instanceof ElementGroup g) {
            elements(g.getElements(), d);
        } else if (el instanceof ElementUnion u) {
            elements(u.getElements(), d);
        } else if (el instanceof ElementService s) {
            service = true;
            element(s.getElement(), d);
        } else if (el instanceof ElementSubQuery s) {
            query(s.getQuery(), d);
        } else if (el instanceof ElementFilter f) {
            expr(f.getExpr(), d);
        } else if (el instanceof ElementBind b) {
            expr(b.getExpr(), d);
        } else if (el instanceof ElementAssign a) {
            expr(a.getExpr(), d);
        } else if (el instanceof ElementUnfold u) {
            expr(u.getExpr(), d);
        } else if (el instanceof ElementPathBlock p) {
            for (TriplePath t : p.getPattern().getList()) {
                predicate(t.getPredicate());
            }
        } else if (el instanceof ElementTriplesBlock t) {
            for (var triple : t.getPattern().getList()) {
                predicate(triple.getPredicate());
            }
        } else {
            child(el, d);
        }
    }

    /** The elements that wrap one other element. */
    private void child(Element el, int depth) throws QueryRefusal {
        Element inner = null;
        if (el instanceof ElementOptional o) {
            inner = o.getOptionalElement();
        } else if (el instanceof ElementMinus m) {
            inner = m.getMinusElement();
        } else if (el instanceof ElementNamedGraph g) {
            inner = g.getElement();
        } else if (el instanceof ElementLateral l) {
            inner = l.getLateralElement();
        } else if (el instanceof ElementDataset ds) {
            inner = ds.getElement();
        } else if (el instanceof ElementExists e) {
            inner = e.getElement();
        } else if (el instanceof ElementNotExists e) {
            inner = e.getElement();
        } else if (el instanceof Element1 e) {
            inner = e.getElement();
        }
        if (inner != null) {
            element(inner, depth);
        }
    }

    private void expr(Expr e, int depth) throws QueryRefusal {
        if (e == null) {
            return;
        }
        int d = deeper(depth);
        if (e instanceof E_Call) {
            throw new QueryRefusal(QueryRefusal.Reason.FUNCTION, 0, "CALL is not allowed here: it picks a function "
                    + "at run time; call the function by its IRI instead");
        }
        if (e instanceof E_Function f) {
            Functions.checkFunction(f.getFunctionIRI());
        }
        if (e instanceof ExprFunctionOp op && op.getElement() != null) {
            element(op.getElement(), d);
        }
        if (e instanceof ExprAggregator a) {
            aggregate(a, d);
        }
        if (e instanceof ExprFunction f) {
            for (Expr arg : f.getArgs()) {
                expr(arg, d);
            }
        }
    }

    private void aggregate(ExprAggregator a, int depth) throws QueryRefusal {
        if (a.getAggregator() instanceof AggCustom c) {
            Functions.checkFunction(c.getIRI());
        }
        ExprList args = a.getAggregator().getExprList();
        List<Expr> list = args == null ? List.of() : args.getList();
        for (Expr arg : list) {
            expr(arg, depth);
        }
    }

    private static void predicate(Node p) throws QueryRefusal {
        if (p != null && p.isURI()) {
            Functions.checkPropertyFunction(p.getURI());
        }
    }

    private static int deeper(int depth) throws QueryRefusal {
        if (depth >= QueryPolicy.MAX_TREE_DEPTH) {
            throw new QueryRefusal(QueryRefusal.Reason.TOO_DEEP, 0, "the query nests more than "
                    + QueryPolicy.MAX_TREE_DEPTH + " levels of patterns and expressions; write it flatter");
        }
        return depth + 1;
    }
}
