package org.w3id.medfm.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.medfm.rdf.GraphMapper;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.Derivation;
import org.w3id.medfm.records.Thing;
import org.w3id.medfm.source.Problem;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.MedFM;

/**
 * SHACL part by part ({@link GraphMapper#parts}), with the same results as SHACL over the whole graph at a cost that
 * grows with the data, not faster. The focus nodes of a part are the subjects it made; they are validated in a
 * graph holding the part, the triples of the shared nodes it links to (concepts, lists, data sets: what
 * {@code sh:class}, {@code sh:node} and the section checks look up), and what the shapes need of other things, from
 * an index of the catalogue rather than their triples: the types of the models a part links to
 * ({@code sh:class medfm:Model}), and
 * the {@code medfm:derivedFrom} links of every model reachable from the part's (the check that no model derives from
 * itself walks {@code medfm:derivedFrom*}). Every other path of {@code shapes.ttl} stays within the thing that
 * holds it (its derivations, listings, corrections, data-set uses and evidence are its part's), which the test
 * comparing this with whole-graph SHACL checks. The shared part must be validated first; after that, parts may be
 * validated from several threads at once.
 */
public final class PartValidator {
    private static final String MODEL_SPACE = Ids.model("");
    private static final Node TYPE = RDF.type.asNode();
    private final ShapeValidator shapes;
    private final Map<String, Thing> bySlug;
    private volatile Graph shared;

    public PartValidator(ShapeValidator shapes, Catalog catalog) {
        this.shapes = shapes;
        this.bySlug = catalog.bySlug();
    }

    public List<Problem> validate(GraphMapper.Part part) {
        Graph own = part.graph().model().getGraph();
        Graph data;
        if (part.shared()) {
            shared = own;
            data = own;
        } else {
            if (shared == null) {
                throw new IllegalStateException("the shared part is validated first");
            }
            data = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(data, own);
            context(part.things(), own, data);
        }
        Set<Node> focus = new HashSet<>();
        own.find().forEachRemaining(t -> focus.add(t.getSubject()));
        return shapes.validate(data, focus, part.graph().origins());
    }

    /**
     * What the shapes look up beyond the part: the triples of the shared nodes it links to (a concept's scheme, a
     * list's section scheme, a data set's type), the types of the models it links to, and the derivation links up
     * from its things.
     */
    private void context(List<Thing> things, Graph own, Graph into) {
        Set<Node> linked = new HashSet<>();
        own.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isURI() && linked.add(o)) {
                if (o.getURI().startsWith(MODEL_SPACE)) {
                    types(o.getURI().substring(MODEL_SPACE.length()), into);
                } else {
                    shared.find(o, Node.ANY, Node.ANY).forEachRemaining(into::add);
                }
            }
        });
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (Thing t : things) {
            t.derivedFrom().forEach(d -> todo.add(d.base()));
        }
        while (!todo.isEmpty()) {
            String slug = todo.pop();
            Thing t = bySlug.get(slug);
            if (!seen.add(slug) || t == null) {
                continue;
            }
            Node s = NodeFactory.createURI(Ids.model(slug));
            for (Derivation d : t.derivedFrom()) {
                into.add(Triple.create(s, MedFM.derivedFrom.asNode(), NodeFactory.createURI(Ids.model(d.base()))));
                todo.add(d.base());
            }
        }
    }

    private void types(String slug, Graph into) {
        Thing t = bySlug.get(slug);
        if (t == null) {
            return;
        }
        Node s = NodeFactory.createURI(Ids.model(slug));
        if (t.isEntry()) {
            into.add(Triple.create(s, TYPE, MedFM.Entry.asNode()));
        }
        if (t.isModel()) {
            into.add(Triple.create(s, TYPE, MedFM.Model.asNode()));
        }
    }
}
