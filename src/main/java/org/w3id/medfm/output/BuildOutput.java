package org.w3id.medfm.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A folder that {@code build} wrote: the dumps, the context, the VoID description, the family tree, and the
 * {@link BuildManifest manifest} saying what they were built from and what the pages show.
 */
public record BuildOutput(Path dir, BuildManifest manifest) {
    /**
     * The output in {@code dir}, when it has a manifest and every file the manifest names, among them the named graphs
     * (output of a build before them has none, and is built again).
     */
    public static Optional<BuildOutput> read(Path dir) {
        return BuildManifest.read(dir).filter(m -> m.bytes().containsKey(Dumps.NAMED_GRAPHS_FILE))
                .filter(m -> m.bytes().keySet().stream().allMatch(n -> Files.isRegularFile(dir.resolve(n))))
                .map(m -> new BuildOutput(dir, m));
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    public Path dump(DumpFormat format) {
        return dir.resolve(format.fileName());
    }
}
