package org.w3id.medfm.output;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.medfm.records.DerivationKind;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.MedFM;

/**
 * The part of the graph that the pictures and the landing page's counts are made from ({@link
 * org.w3id.medfm.svg.FamilyTree#of}, {@link Summary#of(Graph, long, java.util.List)}), gathered while a build
 * streams the rest to disk: derivations and uses, the models' types and labels, the entries' paradigms and
 * modalities, the listings' lists and items, and everything the things share (schemes, concepts, lists, data sets,
 * venues, authors). Safe to add to from several
 * threads at once.
 */
final class PageTriples {
    static {
        // Jena's vocabularies need Jena initialised first, and this may be the first class to use them.
        org.w3id.medfm.pipeline.JenaSetup.await();
    }

    private static final String MODEL_SPACE = Ids.model("");
    private static final Set<Node> LINKS = new HashSet<>();
    private static final Node TYPE = RDF.type.asNode();
    private static final Set<Node> TYPES = Set.of(MedFM.Entry.asNode(), MedFM.Model.asNode());
    private static final Set<Node> LABELS = Set.of(RDFS.label.asNode(), SKOS.prefLabel.asNode());

    static {
        for (DerivationKind k : DerivationKind.values()) {
            LINKS.add(k.property().asNode());
        }
        LINKS.add(MedFM.derivedFrom.asNode());
        LINKS.add(MedFM.usesModel.asNode());
        LINKS.add(MedFM.paradigm.asNode());
        LINKS.add(MedFM.modality.asNode());
        LINKS.add(MedFM.inList.asNode());
        LINKS.add(org.w3id.medfm.vocab.Vocab.schemaItem.asNode());
    }

    private final Graph graph = GraphFactory.createDefaultGraph();

    /** Whether the pages need {@code t} (a triple of a thing's part). */
    static boolean needed(Triple t) {
        Node p = t.getPredicate();
        if (LINKS.contains(p)) {
            return true;
        }
        boolean ofModel = t.getSubject().isURI() && t.getSubject().getURI().startsWith(MODEL_SPACE);
        return ofModel && (p.equals(TYPE) && TYPES.contains(t.getObject()) || LABELS.contains(p));
    }

    synchronized void addAll(Collection<Triple> triples) {
        triples.forEach(graph::add);
    }

    synchronized Graph graph() {
        return graph;
    }
}
