package org.w3id.medfm.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.medfm.rdf.MappedGraph;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.source.Problem;
import org.w3id.medfm.vocab.Prefixes;

/**
 * Validates with Jena SHACL and turns each result into a {@link Problem} at its YAML line: a whole graph at once
 * ({@link #validate(MappedGraph)}), or given focus nodes of a graph ({@link #validate(Graph, Set, Map)}), as
 * {@link PartValidator} does part by part. Safe to use from several threads at once.
 */
public final class ShapeValidator {
    private final Shapes shapes;
    /** The shapes less the SPARQL constraints that {@link #sparql} runs for all focus nodes at once. */
    private final Shapes core;
    private final SparqlConstraints sparql;

    public ShapeValidator(Path shapesFile) {
        Graph g = RDFDataMgr.loadGraph(shapesFile.toString());
        this.shapes = Shapes.parse(g);
        this.sparql = new SparqlConstraints(g);
        Graph rest = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.graph.GraphUtil.addInto(rest, g);
        sparql.removed().forEach(rest::delete);
        this.core = Shapes.parse(rest);
    }

    /** Every result of validating the whole graph, by Jena alone (the reference that the parts are checked against). */
    public List<Problem> validate(MappedGraph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph.model().getGraph());
        return problems(report.getEntries(), graph.origins());
    }

    /**
     * Every result of validating {@code data} whose focus node is one of {@code focus}. ({@code data} is validated
     * whole and the rest dropped: Jena's validation of one given node looks for every shape's focus nodes anew.)
     */
    public List<Problem> validate(Graph data, Set<Node> focus, Map<String, Origin> origins) {
        List<ReportEntry> entries = new ArrayList<>();
        for (ReportEntry e : ShaclValidator.get().validate(core, data).getEntries()) {
            if (focus.contains(e.focusNode())) {
                entries.add(e);
            }
        }
        List<Problem> out = problems(entries, origins);
        PrefixMapping pm = Prefixes.mapping();
        for (SparqlConstraints.Result r : sparql.validate(data, focus)) {
            out.add(problem(origins, pm, r.focus(), r.path() == null ? "" : pm.shortForm(r.path().toString()
                    .replaceAll("^<|>$", "")), r.message() == null ? "SPARQL constraint " + r.constraint() : r.message(),
                    r.value()));
        }
        return out;
    }

    private static List<Problem> problems(Collection<ReportEntry> entries, Map<String, Origin> origins) {
        List<Problem> out = new ArrayList<>();
        PrefixMapping pm = Prefixes.mapping();
        for (ReportEntry e : entries) {
            String field = e.resultPath() == null ? "" : pm.shortForm(e.resultPath().toString().replaceAll("^<|>$", ""));
            String message = e.message() == null ? e.constraint().toString() : e.message();
            out.add(problem(origins, pm, e.focusNode(), field, message, e.value()));
        }
        return out;
    }

    private static Problem problem(Map<String, Origin> origins, PrefixMapping pm, Node focus, String field,
            String message, Node value) {
        Origin origin = focus.isURI() ? origins.get(focus.getURI()) : null;
        if (origin == null) {
            origin = new Origin(focus.isURI() ? focus.getURI() : "(graph)", 0);
        }
        if (value != null && !message.contains(value.toString(pm))) {
            message += " (value: " + value.toString(pm) + ")";
        }
        return Problem.at(origin, field, message);
    }
}
