package org.w3id.medfm.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
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
     * The program and every file's path, size and modification time, digested in an order of their own: each file
     * is a 64-bit hash of its three, and the files' hashes are added up, so that the folders are read in whatever
     * order the system lists them, with nothing sorted or kept. No file is opened, and each file's attributes are
     * read once: a data folder may hold 100,000 files, and {@code serve} answers nothing before this is known.
     * A change goes unseen only when the sum of the hashes comes out the same (about once in 2<sup>64</sup> for a
     * change no one made to that end); such a mismatch is what the content hash is for, and build uses that.
     */
    public String fingerprint() {
        Sum sum = new Sum();
        for (int i = 0; i < dirs.size(); i++) {
            if (Files.isDirectory(dirs.get(i))) {
                sum.folder(dirs.get(i), mix(FOLDER ^ i));
            }
        }
        MessageDigest digest = sha256();
        digest.update(program.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(java.nio.ByteBuffer.allocate(2 * Long.BYTES).putLong(sum.files).putLong(sum.total).array());
        return "stat:" + HexFormat.of().formatHex(digest.digest());
    }

    /** Seeds: of a folder given, and of each of a path's steps into a folder. */
    private static final long FOLDER = 0x9E3779B97F4A7C15L;
    private static final long STEP = 0x632BE59BD9B4E019L;

    /** The sum of the files' hashes, and their number. */
    private static final class Sum {
        long total;
        long files;

        /**
         * Adds the regular files under {@code dir}, whose path so far hashes to {@code path}. A link to a file counts
         * as the file it leads to, as {@link Files#isRegularFile} has it; a link to a folder is not followed. Each
         * name's attributes are read relative to its open folder where the system allows it
         * ({@link SecureDirectoryStream}).
         */
        void folder(Path dir, long path) {
            try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
                SecureDirectoryStream<Path> secure = list instanceof SecureDirectoryStream<Path> s ? s : null;
                for (Path p : list) {
                    BasicFileAttributes a = attributes(secure, p);
                    if (a == null) {
                        continue;
                    }
                    long h = name(path, p.getFileName().toString());
                    if (a.isDirectory()) {
                        folder(p, mix(h ^ STEP));
                    } else if (a.isRegularFile()) {
                        total += mix(mix(mix(h) ^ a.size()) ^ a.lastModifiedTime().toMillis());
                        files++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.nio.file.DirectoryIteratorException e) {
                throw new UncheckedIOException(e.getCause());
            }
        }
    }

    /** {@code h} continued over {@code name}'s characters (FNV-1a, 64 bits). */
    private static long name(long h, String name) {
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }

    /** Mixes all of {@code z}'s bits into all of the result's (SplitMix64's finaliser). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The attributes of {@code p} (a link's own, unless it leads to something other than a folder), read through
     * {@code secure} (its folder, open) when given; none when it went away meanwhile.
     */
    private static BasicFileAttributes attributes(SecureDirectoryStream<Path> secure, Path p) throws IOException {
        try {
            BasicFileAttributes a = read(secure, p, LinkOption.NOFOLLOW_LINKS);
            if (a.isSymbolicLink()) {
                BasicFileAttributes target = read(secure, p);
                return target.isDirectory() ? a : target;
            }
            return a;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static BasicFileAttributes read(SecureDirectoryStream<Path> secure, Path p, LinkOption... options)
            throws IOException {
        return secure != null
                ? secure.getFileAttributeView(p.getFileName(), BasicFileAttributeView.class, options).readAttributes()
                : Files.readAttributes(p, BasicFileAttributes.class, options);
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
