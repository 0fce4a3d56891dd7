package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.MedFM;
import org.w3id.medfm.vocab.Vocab;

/** Issue 11: a base model with thousands of models built on it still has a page of a readable size. */
class PageLimitsTest {
    private static final int BUILT_ON = 700;

    /** {@value #BUILT_ON} models derived from one base model, each with its qualified derivation. */
    private static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        Node base = NodeFactory.createURI(Ids.model("base"));
        g.add(Triple.create(base, org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralString("Base")));
        for (int i = 0; i < BUILT_ON; i++) {
            Node m = NodeFactory.createURI(Ids.model("m-" + i));
            Node q = NodeFactory.createURI(Ids.derivation("m-" + i, "base"));
            g.add(Triple.create(m, MedFM.derivedFrom.asNode(), base));
            g.add(Triple.create(m, Vocab.provQualifiedDerivation.asNode(), q));
            g.add(Triple.create(q, Vocab.provEntity.asNode(), base));
        }
        return g;
    }

    @Test
    void theTreeListsAtMostItsShareAndSaysHowManyMore() {
        List<FamilyTree.Branch> down = new FamilyTree(graph(), new Labels(ModelFactory.createDefaultModel()))
                .descendants(NodeFactory.createURI(Ids.model("base")));
        assertEquals(FamilyTree.MAX_LISTED + 1, down.size());
        FamilyTree.Branch last = down.get(down.size() - 1);
        assertEquals("… and " + (BUILT_ON - FamilyTree.MAX_LISTED) + " more: ask the SPARQL endpoint",
                last.model().text());
    }

    @Test
    void theDescriptionKeepsAtMostItsShareOfLinksIn() {
        Graph d = Describer.describe(graph(), NodeFactory.createURI(Ids.model("base")));
        assertEquals(Describer.MAX_INCOMING, d.find(Node.ANY, MedFM.derivedFrom.asNode(), Node.ANY).toList().size());
    }
}
