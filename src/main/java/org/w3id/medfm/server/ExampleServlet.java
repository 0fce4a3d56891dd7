package org.w3id.medfm.server;

import org.w3id.medfm.query.ExampleQueries;
import org.w3id.medfm.query.ExampleQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.medfm.output.VoidDescription;
import org.w3id.medfm.server.policy.Negotiation;

/**
 * {@code /queries} and {@code /queries/{slug}}: where the IRIs of the example queries ({@value ExampleQueries#GRAPH}
 * and {@code …/slug}) lead. As RDF, what the endpoint's named graph says of them (all, or one); as
 * {@code application/sparql-query}, an example's text; a browser is sent to the landing page's editor, where the
 * examples are one click away.
 */
final class ExampleServlet extends GetServlet {
    private static final String SPARQL = "application/sparql-query";
    private static final List<String> OFFERS = List.of("text/turtle", "application/ld+json", "application/n-triples",
            "application/json", SPARQL, "text/html");
    private final transient Memo<Map<String, ExampleQuery>> bySlug;
    private final transient Memo<Graph> all;
    private final transient RdfBytes rdf;
    private final Instant made = Instant.now();

    /** Serves {@code examples}, taken on the first request (they may still be being read when the server starts). */
    ExampleServlet(java.util.function.Supplier<List<ExampleQuery>> examples, byte[] context) {
        this.bySlug = new Memo<>(() -> {
            Map<String, ExampleQuery> m = new TreeMap<>();
            examples.get().forEach(q -> m.put(q.slug(), q));
            return m;
        });
        this.all = new Memo<>(() -> ExampleQueries.toModel(examples.get(),
                VoidDescription.Addresses.canonical().endpoint()).getGraph());
        this.rdf = new RdfBytes(context);
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        Optional<ExampleQuery> one = path.length() > 1 ? Optional.ofNullable(bySlug.get().get(path.substring(1)))
                : Optional.empty();
        if (path.length() > 1 && one.isEmpty()) {
            Replies.error(res, HttpServletResponse.SC_NOT_FOUND, "No example query is named <" + ExampleQueries.GRAPH
                    + path + ">.");
            return;
        }
        res.addHeader("Vary", "Accept");
        List<String> offers = one.isPresent() ? OFFERS : OFFERS.stream().filter(o -> !o.equals(SPARQL)).toList();
        Optional<String> type = Negotiation.choose(req.getHeader("Accept"), offers);
        if (type.isEmpty()) {
            Replies.error(res, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not available in the requested media type; "
                    + "available: " + String.join(", ", offers) + ".", "Accept");
        } else if (type.get().equals("text/html")) {
            res.setStatus(HttpServletResponse.SC_SEE_OTHER);
            res.setHeader("Location", "/#query");
        } else if (type.get().equals(SPARQL)) {
            Replies.file(req, res, StaticFile.of(one.get().text().getBytes(StandardCharsets.UTF_8),
                    SPARQL + ";charset=utf-8", made, "public, max-age=300"));
        } else {
            Format f = type.get().equals("text/turtle") ? Format.TURTLE
                    : type.get().equals("application/n-triples") ? Format.NTRIPLES : Format.JSONLD;
            Graph g = one.map(q -> about(NodeFactory.createURI(q.iri()))).orElse(all.get());
            Replies.file(req, res, StaticFile.of(rdf.write(g, f), f.contentType(), made, "public, max-age=300"));
        }
    }

    private Graph about(Node subject) {
        Graph g = GraphFactory.createDefaultGraph();
        all.get().find(subject, Node.ANY, Node.ANY).forEachRemaining(g::add);
        return g;
    }
}
