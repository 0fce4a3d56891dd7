package org.w3id.medfm.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The SPARQL-based constraints ({@code sh:sparql} with {@code sh:select}) of node shapes that are used only through
 * their targets, run once per data graph for all focus nodes together, where Jena runs the query once per focus
 * node (each run costing far more than what it finds in a small graph). The query runs with {@code $this} unbound
 * and each row is a result for the focus node it binds, if the shape targets that node: the same rows as with
 * {@code $this} bound to each focus node in turn, as every one of our queries binds {@code $this} in each branch
 * before any {@code FILTER NOT EXISTS} reads it (which {@code PartValidatorTest} checks against Jena's own
 * validation). Results are reported as Jena reports them: the message with {@code {?var}} replaced by the row's
 * values, the row's {@code ?value} (else the focus node) and {@code ?path}.
 */
final class SparqlConstraints {
    private static final Node SPARQL = SHACL.sparql;
    private static final Set<Node> REFERENCING = Set.of(SHACL.node, SHACL.property, SHACL.qualifiedValueShape,
            SHACL.not, SHACL.and, SHACL.or, SHACL.xone, RDF.first.asNode());

    /** A constraint of a shape, run for all of the shape's focus nodes at once. */
    record Batched(Node shape, Node constraint, Query query, String message, List<Node> targetClasses,
            List<Node> targetSubjectsOf, List<Node> targetObjectsOf, List<Node> targetNodes) {
    }

    /** A result: what Jena's report entry would hold. */
    record Result(Node focus, Node path, Node value, String message, Node constraint) {
    }

    private final List<Batched> batched = new ArrayList<>();
    private final List<Triple> removed = new ArrayList<>();

    /** Finds the constraints of {@code shapes} that can be batched; {@link #removed} are their triples. */
    SparqlConstraints(Graph shapes) {
        for (Triple t : shapes.find(Node.ANY, SPARQL, Node.ANY).toList()) {
            Node shape = t.getSubject();
            Node c = t.getObject();
            if (!batchable(shapes, shape, c)) {
                continue;
            }
            String select = one(shapes, c, SHACL.select).getLiteralLexicalForm();
            Node message = one(shapes, c, SHACL.message);
            StringBuilder prologue = new StringBuilder();
            for (Triple p : shapes.find(c, SHACL.prefixes, Node.ANY).toList()) {
                for (Triple d : shapes.find(p.getObject(), SHACL.declare, Node.ANY).toList()) {
                    prologue.append("PREFIX ").append(one(shapes, d.getObject(), SHACL.prefix).getLiteralLexicalForm())
                            .append(": <").append(one(shapes, d.getObject(), SHACL.namespace).getLiteralLexicalForm())
                            .append(">\n");
                }
            }
            Query query = QueryFactory.create(prologue + select);
            batched.add(new Batched(shape, c, query, message == null ? null : message.getLiteralLexicalForm(),
                    objects(shapes, shape, SHACL.targetClass), objects(shapes, shape, SHACL.targetSubjectsOf),
                    objects(shapes, shape, SHACL.targetObjectsOf), objects(shapes, shape, SHACL.targetNode)));
            removed.add(t);
        }
    }

    /** The {@code sh:sparql} triples run here, to take out of what Jena validates. */
    List<Triple> removed() {
        return removed;
    }

    /** Only a SELECT constraint with one query and at most one message, of a node shape used only by targets. */
    private static boolean batchable(Graph shapes, Node shape, Node c) {
        if (shapes.contains(shape, SHACL.path, Node.ANY) || shapes.contains(shape, SHACL.deactivated, Node.ANY)
                || shapes.contains(c, SHACL.deactivated, Node.ANY)
                || shapes.find(Node.ANY, Node.ANY, shape).toList().stream().anyMatch(r -> REFERENCING.contains(
                        r.getPredicate()))
                || shapes.find(c, SHACL.select, Node.ANY).toList().size() != 1
                || shapes.find(c, SHACL.message, Node.ANY).toList().size() > 1
                || shapes.contains(c, SHACL.ask, Node.ANY)) {
            return false;
        }
        return true;
    }

    /** Every result of the batched constraints in {@code data} whose focus node is one of {@code focus}. */
    List<Result> validate(Graph data, Set<Node> focus) {
        List<Result> out = new ArrayList<>();
        for (Batched b : batched) {
            Set<Node> targets = targets(b, data);
            // A copy per run: parts are validated on several threads, and a query is not made to be shared by them.
            try (QueryExec exec = QueryExec.graph(data).query(b.query().cloneQuery()).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node self = row.get(Var.alloc("this"));
                    if (self == null || !focus.contains(self) || !targets.contains(self)) {
                        continue;
                    }
                    String message = b.message() == null ? null : substitute(b.message(), row);
                    Node value = row.get(Var.alloc("value"));
                    // A node shape's value node is its focus node, which Jena reports when the row has no ?value.
                    out.add(new Result(self, row.get(Var.alloc("path")), value != null ? value : self, message,
                            b.constraint()));
                }
            }
        }
        return out;
    }

    private static Set<Node> targets(Batched b, Graph data) {
        Set<Node> out = new HashSet<>(b.targetNodes());
        for (Node c : b.targetClasses()) {
            for (Node k : subClasses(c, data)) {
                data.find(Node.ANY, RDF.type.asNode(), k).forEachRemaining(t -> out.add(t.getSubject()));
            }
        }
        for (Node p : b.targetSubjectsOf()) {
            data.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> out.add(t.getSubject()));
        }
        for (Node p : b.targetObjectsOf()) {
            data.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        }
        return out;
    }

    /** {@code c} and its subclasses in {@code data} ({@code rdfs:subClassOf*}), as SHACL's class targets read it. */
    private static Set<Node> subClasses(Node c, Graph data) {
        Set<Node> out = new HashSet<>();
        List<Node> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            Node k = todo.remove(todo.size() - 1);
            if (out.add(k)) {
                data.find(Node.ANY, RDFS.subClassOf.asNode(), k).forEachRemaining(t -> todo.add(t.getSubject()));
            }
        }
        return out;
    }

    /** As Jena's SPARQL validation does: each {@code {?var}} or {@code {$var}} replaced by the row's value. */
    private static String substitute(String template, Binding row) {
        String x = template;
        for (java.util.Iterator<Var> it = row.vars(); it.hasNext();) {
            Var v = it.next();
            Node n = row.get(v);
            String value = n.isLiteral() ? n.getLiteralLexicalForm() : ShLib.displayStr(n);
            x = x.replaceAll("\\{[?$]" + Matcher.quoteReplacement(v.getVarName()) + "\\}", Matcher.quoteReplacement(value));
        }
        return x;
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        return ts.isEmpty() ? null : ts.get(0).getObject();
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }
}
