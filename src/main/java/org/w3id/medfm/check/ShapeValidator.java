package org.w3id.medfm.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/** Validates a mapped graph with Jena SHACL and turns each result into a {@link Problem} at its YAML line. */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator(Path shapesFile) {
        Graph g = RDFDataMgr.loadGraph(shapesFile.toString());
        this.shapes = Shapes.parse(g);
    }

    public List<Problem> validate(MappedGraph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph.model().getGraph());
        List<Problem> out = new ArrayList<>();
        PrefixMapping pm = Prefixes.mapping();
        for (ReportEntry e : report.getEntries()) {
            Node focus = e.focusNode();
            Origin origin = focus.isURI() ? graph.origins().get(focus.getURI()) : null;
            if (origin == null) {
                origin = new Origin(focus.isURI() ? focus.getURI() : "(graph)", 0);
            }
            String field = e.resultPath() == null ? "" : pm.shortForm(e.resultPath().toString().replaceAll("^<|>$", ""));
            String message = e.message() == null ? e.constraint().toString() : e.message();
            if (e.value() != null && !message.contains(e.value().toString(pm))) {
                message += " (value: " + e.value().toString(pm) + ")";
            }
            out.add(Problem.at(origin, field, message));
        }
        return out;
    }
}
