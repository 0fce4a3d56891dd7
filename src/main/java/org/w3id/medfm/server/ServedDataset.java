package org.w3id.medfm.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.medfm.output.VoidDescription;
import org.w3id.medfm.vocab.MedFM;

/**
 * The dataset behind the endpoint. The default graph holds the knowledge graph, exactly the triples of the
 * dumps; the named graph {@value ExampleQueries#GRAPH} holds the example queries and the named graph
 * {@code https://w3id.org/medfm/ontology} the ontology. Its context switches off SERVICE (no outbound requests) and
 * sets the query timeout.
 */
public final class ServedDataset {
    private static final Logger LOG = LoggerFactory.getLogger(ServedDataset.class);
    private final DatasetGraph dsg;
    private final boolean persistent;

    private ServedDataset(DatasetGraph dsg, boolean persistent, Duration timeout) {
        this.dsg = dsg;
        this.persistent = persistent;
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
    }

    /** An in-memory dataset whose default graph is {@code data} itself (not a copy). */
    public static ServedDataset inMemory(Graph data, List<ExampleQuery> examples, Model ontology, Duration timeout) {
        DatasetGraph dsg = DatasetGraphFactory.create(data);
        dsg.addGraph(NodeFactory.createURI(ExampleQueries.GRAPH), examples(examples).getGraph());
        dsg.addGraph(NodeFactory.createURI(MedFM.ONTOLOGY), copy(ontology.getGraph()));
        return new ServedDataset(dsg, false, timeout);
    }

    /**
     * A TDB2 store in {@code dir}: its default graph is loaded from {@code data} when empty, and kept otherwise;
     * the two named graphs are replaced on every start, so that they follow {@code queries/} and the ontology.
     */
    public static ServedDataset tdb2(Path dir, Graph data, List<ExampleQuery> examples, Model ontology,
            Duration timeout) {
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            Graph dft = dsg.getDefaultGraph();
            if (dft.isEmpty()) {
                GraphUtil.addInto(dft, data);
            } else if (dft.size() != data.size()) {
                LOG.warn("The TDB2 store {} holds {} triples where the data builds {}; serving the store's (delete it"
                        + " to reload from the data)", dir, dft.size(), data.size());
            }
            replace(dsg, ExampleQueries.GRAPH, examples(examples).getGraph());
            replace(dsg, MedFM.ONTOLOGY, ontology.getGraph());
        });
        return new ServedDataset(dsg, true, timeout);
    }

    private static void replace(DatasetGraph dsg, String name, Graph content) {
        Node node = NodeFactory.createURI(name);
        dsg.removeGraph(node);
        content.find().forEachRemaining(t -> dsg.add(node, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private static Model examples(List<ExampleQuery> examples) {
        return ExampleQueries.toModel(examples, VoidDescription.Addresses.canonical().endpoint());
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(c, g);
        return c;
    }

    public DatasetGraph dsg() {
        return dsg;
    }

    /** A private in-memory copy of the default graph, read in one transaction. */
    public Graph snapshot() {
        return read(ServedDataset::copy);
    }

    /** Triple count of each named graph, by name, read in one transaction. */
    public Map<String, Long> namedGraphSizes() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> m = new TreeMap<>();
            dsg.listGraphNodes().forEachRemaining(n -> m.put(n.getURI(), (long) dsg.getGraph(n).size()));
            return m;
        });
    }

    /** Runs {@code read} on the default graph inside a read transaction. */
    public <T> T read(Function<Graph, T> read) {
        return Txn.calculateRead(dsg, () -> read.apply(dsg.getDefaultGraph()));
    }

    /** Closes a TDB2 store; an in-memory dataset is left alone, its graph belongs to the caller. */
    public void close() {
        if (persistent) {
            dsg.close();
        }
    }
}
