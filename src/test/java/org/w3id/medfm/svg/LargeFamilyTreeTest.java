package org.w3id.medfm.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.MedFM;

/**
 * Issue 11: a graph with more models than a picture can show is drawn in parts: the whole picture keeps the
 * models nearest the base models and says how many it leaves out, and each base model's family gets its own.
 */
class LargeFamilyTreeTest {
    /** Three base models, 250 models built on each: 753 models. */
    private static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String root : new String[] {"alpha", "beta", "gamma"}) {
            for (int i = 0; i < 250; i++) {
                g.add(Triple.create(NodeFactory.createURI(Ids.model(root + "-" + i)), MedFM.derivedFrom.asNode(),
                        NodeFactory.createURI(Ids.model(root))));
            }
        }
        return g;
    }

    @Test
    void theWholePictureIsLimitedAndSaysSo() {
        FamilyTree tree = FamilyTree.of(graph());
        assertEquals(753, tree.shown());
        FamilyTree drawn = tree.limited(FamilyTree.MAX_DRAWN);
        assertEquals(FamilyTree.MAX_DRAWN, drawn.shown());
        assertEquals(753, drawn.total());
        assertTrue(drawn.node("alpha").isPresent() && drawn.node("beta").isPresent() && drawn.node("gamma").isPresent(),
                "every base model is drawn");
        String svg = FamilyTreeSvg.whole(tree);
        assertTrue(svg.contains("(" + FamilyTree.MAX_DRAWN + " of 753 models"), svg.substring(0, 600));
        assertEquals(FamilyTree.MAX_DRAWN, svg.split("xlink:href=\"/id/model/").length - 1, "one link per model drawn");
    }

    @Test
    void eachBaseModelsFamilyHasItsOwnPicture() {
        Map<String, String> families = FamilyTreeSvg.families(FamilyTree.of(graph()));
        assertEquals(java.util.List.of("alpha", "beta", "gamma"), java.util.List.copyOf(families.keySet()));
        String beta = families.get("beta");
        assertTrue(beta.contains("/id/model/beta-249\"") && !beta.contains("/id/model/alpha"), "beta's family only");
    }

    @Test
    void aSmallTreeIsDrawnWholeWithNoFamiliesApart() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI(Ids.model("b")), MedFM.derivedFrom.asNode(),
                NodeFactory.createURI(Ids.model("a"))));
        assertTrue(FamilyTreeSvg.families(FamilyTree.of(g)).isEmpty());
        assertTrue(!FamilyTreeSvg.whole(g).contains(" of 2 models"));
    }
}
