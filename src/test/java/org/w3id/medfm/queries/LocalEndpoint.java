package org.w3id.medfm.queries;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A bare, read-only Fuseki on a free loopback port, one dataset per name. It stands in for a live MedFM-KG
 * server (so the script tests do not depend on {@code serve}) and for remote endpoints such as Wikidata's (so
 * the federated queries run offline). Stop it with {@link #close()} in a {@code finally} or {@code @AfterAll}.
 */
final class LocalEndpoint implements AutoCloseable {
    private final FusekiServer server;

    private LocalEndpoint(FusekiServer server) {
        this.server = server;
    }

    /** Serves each graph as the dataset of its name: {@code {name: graph}}. */
    static LocalEndpoint serve(Map<String, Graph> datasets) {
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true);
        datasets.forEach((name, graph) -> {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            dsg.getDefaultGraph().getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
            graph.find().forEach(dsg.getDefaultGraph()::add);
            b.add("/" + name, dsg, false);
        });
        return new LocalEndpoint(b.build().start());
    }

    /** Reads an RDF file (by its extension) into a fresh graph. */
    static Graph load(Path file) {
        return RDFDataMgr.loadGraph(file.toString());
    }

    /** The SPARQL query endpoint of a dataset. */
    String url(String name) {
        return "http://127.0.0.1:" + server.getHttpPort() + "/" + name + "/sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
