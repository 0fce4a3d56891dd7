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

    /** SHA-256 over the program and every file's path, size and modification time; no file is opened. */
    public String fingerprint() {
        MessageDigest digest = sha256();
        digest.update(program.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < dirs.size(); i++) {
            for (Path file : files(dirs.get(i))) {
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    digest.update((i + ":" + dirs.get(i).relativize(file) + "\0" + a.size() + "\0"
                            + a.lastModifiedTime().toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return "stat:" + HexFormat.of().formatHex(digest.digest());
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
