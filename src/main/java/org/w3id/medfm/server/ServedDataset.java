package org.w3id.medfm.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.medfm.output.BuildOutput;
import org.w3id.medfm.output.Dumps;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.query.QueryPolicy;

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

    /**
     * An in-memory dataset whose default graph is {@code data} itself (not a copy), and whose named graphs are read
     * from the build's {@link Dumps#NAMED_GRAPHS_FILE} ({@code namedGraphs}).
     */
    public static ServedDataset inMemory(Graph data, Path namedGraphs, Duration timeout) {
        DatasetGraph dsg = DatasetGraphFactory.create(data);
        RDFParser.source(namedGraphs).lang(Lang.NQUADS).parse(dsg);
        return new ServedDataset(dsg, false, timeout);
    }

    /**
     * The TDB2 store in {@code dir} holding {@code build}: opened as it is when it is stamped with the build's
     * inputs, else loaded again first from its N-Triples dump and named graphs (see {@link Tdb2Store}). Nothing is
     * built or held in memory.
     */
    public static ServedDataset tdb2(Path dir, BuildOutput build, Duration timeout) throws DataException {
        return new ServedDataset(Tdb2Store.open(dir, build), true, timeout);
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
