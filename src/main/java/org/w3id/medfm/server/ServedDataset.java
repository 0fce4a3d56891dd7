package org.w3id.medfm.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.LinkedHashMap;
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
import org.w3id.medfm.output.BuildOutput;
import org.w3id.medfm.output.VoidDescription;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.query.QueryPolicy;
import org.w3id.medfm.vocab.MedFM;

/**
 * The dataset behind the endpoint. The default graph holds the knowledge graph, exactly the triples of the
 * dumps; the named graph {@value ExampleQueries#GRAPH} holds the example queries and the named graph
 * {@code https://w3id.org/medfm/ontology} the ontology. Its context switches off SERVICE (no outbound requests) and
 * sets the query timeout.
 */
public final class ServedDataset {
    private final DatasetGraph dsg;
    private final boolean persistent;

    private ServedDataset(DatasetGraph dsg, boolean persistent, Duration timeout) {
        this.dsg = dsg;
        this.persistent = persistent;
        QueryPolicy.publicEndpoint(null).configure(dsg.getContext());
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
     * The TDB2 store in {@code dir} holding {@code build}: opened as it is when it is stamped with the build's
     * inputs, else loaded again first (see {@link Tdb2Store}). Nothing is built or held in memory.
     */
    public static ServedDataset tdb2(Path dir, BuildOutput build, java.util.function.Supplier<List<ExampleQuery>> examples,
            java.util.function.Supplier<Model> ontology, Duration timeout) throws DataException {
        // The named graphs are only made when the store is loaded: one stamped with the build holds them.
        java.util.function.Supplier<Map<String, Graph>> named = () -> {
            Map<String, Graph> m = new LinkedHashMap<>();
            m.put(ExampleQueries.GRAPH, examples(examples.get()).getGraph());
            m.put(MedFM.ONTOLOGY, ontology.get().getGraph());
            return m;
        };
        return new ServedDataset(Tdb2Store.open(dir, build, named), true, timeout);
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
            Tdb2Store.close(dsg);
        }
    }
}
