package org.w3id.medfm.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates a set of new files, all or none, and never over an existing one: each is written to a temporary file
 * in the same folder, then moved to its name without replacing; if one move fails, the files already moved are
 * removed again. Files an import changes are written the same way and then moved over the old ones, each move
 * atomic, after every temporary file was written.
 */
final class NewFiles {
    private NewFiles() {
    }

    /** A temporary file is private (rw-------); a data file is an ordinary one (rw-r--r--). */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    static void createAll(Path dir, Map<Path, byte[]> files) throws IOException {
        List<Path> temps = new ArrayList<>();
        List<Path> created = new ArrayList<>();
        boolean done = false;
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                Path temp = Files.createTempFile(dir, "." + e.getKey().getFileName() + ".", ".tmp");
                temps.add(temp);
                Files.write(temp, e.getValue());
                readableByAll(temp);
            }
            int i = 0;
            for (Path target : files.keySet()) {
                Files.move(temps.get(i++), target); // no REPLACE_EXISTING: fails if the file exists
                created.add(target);
            }
            done = true;
        } finally {
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
            if (!done) {
                for (Path c : created) {
                    Files.deleteIfExists(c);
                }
            }
        }
    }

    /** Replaces existing files, each through a temporary file in its own folder and an atomic move. */
    static void replaceAll(Map<Path, byte[]> files) throws IOException {
        Map<Path, Path> temps = new java.util.LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                Path target = e.getKey();
                Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".", ".tmp");
                temps.put(target, temp);
                Files.write(temp, e.getValue());
                readableByAll(temp);
            }
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                Files.move(e.getValue(), e.getKey(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (Path t : temps.values()) {
                Files.deleteIfExists(t);
            }
        }
    }
}
