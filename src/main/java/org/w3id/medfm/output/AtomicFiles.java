package org.w3id.medfm.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files so that a reader never sees a half-written one: each goes to a temporary file in the
 * same folder first, and only when all are written are they moved into place.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code files} (relative name, which may name a sub-folder, to bytes) into {@code dir}. */
    public static void writeAll(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        Map<Path, Path> staged = new LinkedHashMap<>();
        List<Path> temps = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path target = dir.resolve(e.getKey());
                Path folder = Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
                temps.add(temp);
                Files.write(temp, e.getValue());
                readableByAll(temp);
                staged.put(temp, target);
            }
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                move(e.getKey(), e.getValue());
            }
        } finally {
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
    }

    /** Temporary files are private (0600); outputs are published files, readable by everyone as usual. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the default permissions there are the usual ones already.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
