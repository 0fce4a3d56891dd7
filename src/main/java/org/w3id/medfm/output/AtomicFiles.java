package org.w3id.medfm.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * same folder first (streamed, so that a file larger than memory can be written), and only when all are written
 * are they moved into place, in the order they were staged. Closing without {@link #commit} leaves the folder as
 * it was.
 */
public final class AtomicFiles implements AutoCloseable {
    private final Path dir;
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private final List<Path> temps = new ArrayList<>();

    public AtomicFiles(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /** Writes {@code files} (relative name, which may name a sub-folder, to bytes) into {@code dir}. */
    public static void writeAll(Path dir, Map<String, byte[]> files) throws IOException {
        try (AtomicFiles out = new AtomicFiles(dir)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                out.put(e.getKey(), e.getValue());
            }
            out.commit();
        }
    }

    /** A stream to the staged file {@code name}; close it before {@link #commit}. */
    public OutputStream create(String name) throws IOException {
        Path target = dir.resolve(name);
        Path folder = Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        temps.add(temp);
        readableByAll(temp);
        staged.put(temp, target);
        return new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    }

    /** Stages {@code name} with {@code bytes}. */
    public void put(String name, byte[] bytes) throws IOException {
        try (OutputStream out = create(name)) {
            out.write(bytes);
        }
    }

    /** Where the staged file {@code name} is being written (to read it back before {@link #commit}). */
    public Path staged(String name) {
        Path target = dir.resolve(name);
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            if (e.getValue().equals(target)) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException(name + " is not staged");
    }

    /** The size of the staged file {@code name} as written so far. */
    public long size(String name) throws IOException {
        Path target = dir.resolve(name);
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            if (e.getValue().equals(target)) {
                return Files.size(e.getKey());
            }
        }
        throw new IllegalArgumentException(name + " is not staged");
    }

    /** Moves every staged file into place. */
    public void commit() throws IOException {
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            move(e.getKey(), e.getValue());
        }
    }

    /** Deletes whatever was staged and not moved. */
    @Override
    public void close() throws IOException {
        for (Path t : temps) {
            Files.deleteIfExists(t);
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
