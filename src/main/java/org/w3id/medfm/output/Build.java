package org.w3id.medfm.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.Inputs;
import org.w3id.medfm.pipeline.KnowledgeGraph;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.source.DataException;

/**
 * Builds, or finds a build current: the one place that decides whether the output in a folder may be used as it
 * is. It may when its manifest names the same inputs: first by their fingerprint (names, sizes and times: no file
 * is read), else by their content hash (a file touched but not changed).
 */
public final class Build {
    private Build() {
    }

    /** What a build gave: its output, and the built graph when it was built here and now (else null). */
    public record Built(BuildOutput output, KnowledgeGraph built) {
        public Optional<Graph> graph() {
            return Optional.ofNullable(built).map(k -> k.model().getGraph());
        }
    }

    /** Validates the data and writes every output to {@code out}; bad data writes nothing. */
    public static Built run(Sources sources, Path queriesDir, Path out) throws DataException, IOException {
        Inputs inputs = Inputs.of(sources, queriesDir);
        // Taken before the data is read: a file changed while building makes the output stale, not wrongly current.
        String fingerprint = inputs.fingerprint();
        String hash = inputs.contentHash();
        KnowledgeGraph kg = new GraphBuilder(sources).build();
        BuildManifest manifest = Dumps.write(kg, sources, out, hash, fingerprint);
        return new Built(new BuildOutput(out, manifest), kg);
    }

    /** The output in {@code out} when it is current; otherwise builds it first, as {@link #run} does. */
    public static Built current(Sources sources, Path queriesDir, Path out) throws DataException, IOException {
        Optional<BuildOutput> found = BuildOutput.read(out);
        if (found.isPresent() && isCurrent(found.get().manifest(), Inputs.of(sources, queriesDir))) {
            return new Built(found.get(), null);
        }
        return run(sources, queriesDir, out);
    }

    private static boolean isCurrent(BuildManifest m, Inputs inputs) {
        return m.fingerprint().equals(inputs.fingerprint()) || m.inputs().equals(inputs.contentHash());
    }
}
