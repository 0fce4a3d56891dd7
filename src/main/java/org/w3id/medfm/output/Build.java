package org.w3id.medfm.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.w3id.medfm.records.DataLoader;
import org.w3id.medfm.vocab.Prefixes;
import org.w3id.medfm.pipeline.Inputs;
import org.w3id.medfm.pipeline.KnowledgeGraph;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.query.ExampleQueries;
import org.w3id.medfm.query.ExampleQuery;
import org.w3id.medfm.query.QueryRunner;
import org.w3id.medfm.query.RdfFiles;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Problem;
import org.w3id.medfm.vocab.MedFM;

/**
 * Builds, or finds a build current: the one place that decides whether the output in a folder may be used as it
 * is. It may when its manifest names the same inputs: first by their fingerprint (names, sizes and times: no file
 * is read), else by their content hash (a file touched but not changed).
 */
public final class Build {
    private Build() {
    }

    /**
     * What a build gave: its output, and, when it was built here and now, the graph (read from the N-Triples dump
     * when first asked for) with its records (read again then: the build lets them go once the graph is made).
     */
    public static final class Built {
        private final BuildOutput output;
        private final Sources sources;
        private KnowledgeGraph built;
        private Model model;

        /** @param sources where it was built from here and now; null when it was found current */
        public Built(BuildOutput output, Sources sources) {
            this.output = output;
            this.sources = sources;
        }

        public BuildOutput output() {
            return output;
        }

        /** Whether the output was built here and now (else it was found current). */
        public boolean builtNow() {
            return sources != null;
        }

        /** The graph just built, with its records; null when the output was current and nothing was built. */
        public synchronized KnowledgeGraph built() {
            if (built == null && sources != null) {
                try {
                    built = new KnowledgeGraph(new DataLoader().load(sources.dataDir()), model());
                } catch (DataException e) {
                    throw new IllegalStateException("the data changed since it was built", e);
                }
            }
            return built;
        }

        /** The graph just built (its N-Triples dump, read once); empty when nothing was built. */
        public Optional<Graph> graph() {
            return builtNow() ? Optional.of(model().getGraph()) : Optional.empty();
        }

        private synchronized Model model() {
            if (model == null) {
                model = ModelFactory.createDefaultModel();
                model.setNsPrefixes(Prefixes.map());
                RDFParser.source(output.dump(DumpFormat.NTRIPLES)).lang(Lang.NTRIPLES).parse(model.getGraph());
            }
            return model;
        }
    }

    /** Validates the data and writes every output to {@code out}; bad data writes nothing. */
    public static Built run(Sources sources, Path queriesDir, Path out) throws DataException, IOException {
        Inputs inputs = Inputs.of(sources, queriesDir);
        // Taken before the data is read: a file changed while building makes the output stale, not wrongly current.
        String fingerprint = inputs.fingerprint();
        String hash = inputs.contentHash();
        byte[] namedGraphs = namedGraphs(readQueries(queriesDir), readOntology(sources.ontologyFile()));
        return new Built(new BuildOutput(out, Dumps.build(sources, out, hash, fingerprint, namedGraphs)), sources);
    }

    /**
     * The ontology the server publishes (Turtle), checked here with the other inputs rather than by each server. Its
     * blank nodes are numbered in the order the file gives them, so that the same file gives the same output.
     */
    static Graph readOntology(Path file) throws DataException {
        return RdfFiles.readNumbered(file);
    }

    /** The named graphs of {@link Dumps#NAMED_GRAPHS_FILE}: the example queries', then the ontology's, lines sorted. */
    static byte[] namedGraphs(List<ExampleQuery> examples, Graph ontology) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Serializer.nquads(ExampleQueries.GRAPH, ExampleQueries.toModel(examples,
                VoidDescription.Addresses.canonical().endpoint()).getGraph(), out);
        Serializer.nquads(MedFM.ONTOLOGY, ontology, out);
        return out.toByteArray();
    }

    /**
     * Every example query of {@code dir} ({@code *.rq}), as the endpoint publishes it; all problems at once. The
     * queries are inputs of the build like the data, so that a server of current output need not check them again.
     */
    static List<ExampleQuery> readQueries(Path dir) throws DataException {
        List<Problem> problems = new ArrayList<>();
        List<ExampleQuery> queries = new ArrayList<>();
        try {
            for (Path f : QueryRunner.files(dir)) {
                try {
                    queries.add(ExampleQueries.readFile(f));
                } catch (DataException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (java.io.UncheckedIOException e) {
            problems.add(new Problem(dir.toString(), 0, "", "cannot list the example queries: "
                    + e.getCause().getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return queries;
    }

    /** The output in {@code out} when it is current; otherwise builds it first, as {@link #run} does. */
    public static Built current(Sources sources, Path queriesDir, Path out) throws DataException, IOException {
        Optional<BuildOutput> found = BuildOutput.read(out);
        if (found.isPresent() && isCurrent(found.get().manifest(), Inputs.of(sources, queriesDir))) {
            return new Built(found.get(), null);
        }
        return run(sources, queriesDir, out);
    }

    /** Whether {@code found} was built from the inputs as they are now. */
    public static boolean isCurrent(BuildOutput found, Sources sources, Path queriesDir) {
        return isCurrent(found.manifest(), Inputs.of(sources, queriesDir));
    }

    private static boolean isCurrent(BuildManifest m, Inputs inputs) {
        return isCurrent(m, inputs, inputs.fingerprint());
    }

    /** Whether {@code m} was built from {@code inputs}, whose {@link Inputs#fingerprint()} is {@code fingerprint}. */
    public static boolean isCurrent(BuildManifest m, Inputs inputs, String fingerprint) {
        return m.fingerprint().equals(fingerprint) || m.inputs().equals(inputs.contentHash());
    }
}
