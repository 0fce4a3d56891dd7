package org.w3id.medfm.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.w3id.medfm.output.Build;
import org.w3id.medfm.output.BuildOutput;
import org.w3id.medfm.output.DumpFormat;
import org.w3id.medfm.publish.PublishOptions;
import org.w3id.medfm.publish.Publisher;
import org.w3id.medfm.publish.StoreException;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Problem;
import org.w3id.medfm.vocab.Ids;

/** {@code publish}: replace a named graph of a SPARQL store with the build's triples. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Replace a named graph of a SPARQL store with the build's N-Triples dump (building first when "
                + "the output is missing or stale), over the SPARQL 1.1 Graph Store HTTP Protocol, in chunks, then "
                + "check that the store holds as many triples as the dump.",
            "Credentials come from the environment, never the command line: " + PublishOptions.USER_VARIABLE + " and "
                + PublishOptions.PASSWORD_VARIABLE + " (HTTP Basic or Digest, as the store asks)."})
final class PublishCommand implements Callable<Integer> {
    @Option(names = "--to", paramLabel = "URL", required = true,
            description = "The store's Graph Store Protocol endpoint, e.g. http://localhost:3030/ds/data (Fuseki) or "
                    + "http://localhost:8890/sparql-graph-crud-auth (Virtuoso).")
    String to;

    @Option(names = "--graph", paramLabel = "IRI", defaultValue = Ids.DATASET,
            description = "The named graph to replace (default: ${DEFAULT-VALUE}).")
    String graph;

    @Option(names = "--chunk", paramLabel = "N", defaultValue = "" + PublishOptions.DEFAULT_CHUNK,
            description = "At most N triples per request (default: ${DEFAULT-VALUE}).")
    int chunk;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "How long one request may take (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/dumps",
            description = "The build's output (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--queries-dir", paramLabel = "DIR", defaultValue = "queries",
            description = "The example queries, part of what the build hashes (default: ${DEFAULT-VALUE}).")
    Path queriesDir;

    @Mixin
    SourceOptions source;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PublishOptions options = options(System.getenv());
        BuildOutput build = Build.current(source.sources(), queriesDir, out).output();
        try {
            Publisher.Result r = new Publisher().publish(build.dump(DumpFormat.NTRIPLES), options);
            spec.commandLine().getOut().printf("Published %d triples to <%s> at %s in %d request%s; the store holds %d.%n",
                    r.triples(), graph, to, r.requests(), r.requests() == 1 ? "" : "s", r.stored());
            return Main.OK;
        } catch (StoreException e) {
            throw new DataException(new Problem(to, 0, "--to", e.getMessage()));
        }
    }

    private PublishOptions options(Map<String, String> env) throws DataException {
        URI store;
        try {
            store = new URI(to);
        } catch (URISyntaxException e) {
            throw new DataException(new Problem(to, 0, "--to", "not a URL: " + e.getReason()));
        }
        if (!"http".equals(store.getScheme()) && !"https".equals(store.getScheme()) || store.getHost() == null) {
            throw new DataException(new Problem(to, 0, "--to", "not an http(s) URL"));
        }
        if (store.getUserInfo() != null) {
            throw new DataException(new Problem(to, 0, "--to", "credentials do not go in the URL, where other users "
                    + "of this machine can see them; set " + PublishOptions.USER_VARIABLE + " and "
                    + PublishOptions.PASSWORD_VARIABLE + " instead"));
        }
        if (chunk < 1 || timeout < 1) {
            throw new DataException(new Problem(chunk < 1 ? "--chunk" : "--timeout", 0, "", "must be at least 1"));
        }
        return new PublishOptions(store, graph, chunk, env.get(PublishOptions.USER_VARIABLE),
                env.get(PublishOptions.PASSWORD_VARIABLE), Duration.ofSeconds(timeout));
    }
}
