package org.w3id.medfm.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything a build's output depends on: the data folder, the ontology folder, the example queries and the
 * program itself. Two digests of them: {@link #contentHash()} reads every byte (what the build's manifest and a
 * TDB2 store are stamped with), and {@link #fingerprint()} only looks at names, sizes and modification times, so
 * that a start can see in a few milliseconds that nothing was touched since the build, as {@code git status} does.
 *
 * @param dirs the folders read, in a fixed order (a missing folder counts as empty)
 * @param program the program's version and, when it runs from a jar, the jar's size and time: a rebuilt program
 *     may write other output from the same data
 */
public record Inputs(List<Path> dirs, String program) {
    /** The inputs of a build from {@code sources} with the example queries of {@code queriesDir}. */
    public static Inputs of(Sources sources, Path queriesDir) {
        return new Inputs(List.of(sources.dataDir(), sources.ontologyDir(), queriesDir), Program.identity());
    }

    /** SHA-256 over the program and every file's path (relative to its folder) and bytes. */
    public String contentHash() {
        MessageDigest digest = sha256();
        digest.update(program.getBytes(StandardCharsets.UTF_8));
        byte[] buffer = new byte[1 << 16];
        for (int i = 0; i < dirs.size(); i++) {
            for (Path file : files(dirs.get(i))) {
                digest.update((i + ":" + dirs.get(i).relativize(file) + "\0").getBytes(StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                    while (in.read(buffer) >= 0) {
                        // the digest sees every byte read
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                digest.update((byte) 0);
            }
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    /**
     * SHA-256 over the program and every file's path, size and modification time, in the order of a walk that takes
     * each folder's names sorted; no file is opened, and each file's attributes are read once, on every core (a
     * data folder may hold 100,000 files, and {@code serve} answers nothing before this is known).
     */
    public String fingerprint() {
        MessageDigest digest = sha256();
        digest.update(program.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < dirs.size(); i++) {
            if (Files.isDirectory(dirs.get(i))) {
                stats(dirs.get(i), i + ":", digest);
            }
        }
        return "stat:" + HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Digests the regular files under {@code dir}, each as a line of its path (after {@code prefix}), size and time:
     * a folder's names are listed and sorted, then their attributes read in parallel. A link to a file counts as
     * the file it leads to, as {@link Files#isRegularFile} has it; a link to a folder is not followed.
     */
    private static void stats(Path dir, String prefix, MessageDigest digest) {
        String[] names = dir.toFile().list();
        if (names == null) {
            throw new UncheckedIOException(new IOException("cannot list " + dir));
        }
        java.util.Arrays.sort(names);
        BasicFileAttributes[] attributes = new BasicFileAttributes[names.length];
        java.util.stream.IntStream.range(0, names.length).parallel().forEach(k -> {
            Path p = dir.resolve(names[k]);
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (a.isSymbolicLink()) {
                    BasicFileAttributes target = Files.readAttributes(p, BasicFileAttributes.class);
                    a = target.isDirectory() ? a : target;
                }
                attributes[k] = a;
            } catch (java.nio.file.NoSuchFileException e) {
                attributes[k] = null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        StringBuilder line = new StringBuilder(128);
        for (int k = 0; k < names.length; k++) {
            BasicFileAttributes a = attributes[k];
            if (a == null) {
                continue;
            }
            if (a.isDirectory()) {
                stats(dir.resolve(names[k]), prefix + names[k] + "/", digest);
            } else if (a.isRegularFile()) {
                line.setLength(0);
                line.append(prefix).append(names[k]).append('\0').append(a.size()).append('\0')
                        .append(a.lastModifiedTime().toMillis()).append('\n');
                digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The regular files under {@code dir}, sorted by path, so that the digests do not depend on listing order. */
    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> out = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            out.sort(null);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
