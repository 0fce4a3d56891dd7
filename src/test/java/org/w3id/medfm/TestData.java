package org.w3id.medfm;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.medfm.cli.Main;

/** Test fixtures: the base data set of {@code cases/base}, overlaid with a case's files, in a fresh folder. */
public final class TestData {
    public static final Path CASES = Path.of("src/test/resources/cases");
    public static final Path BASE = CASES.resolve("base");
    public static final Path ONTOLOGY = Path.of("ontology");
    /** Files of a case folder that describe the case rather than add data. */
    private static final List<String> META = List.of("expected.txt", "expected.ttl", "delete.txt", "README.md");

    private TestData() {
    }

    /** Copies the base data set to {@code dir}/data, applies {@code overlay} (may be null) and returns the folder. */
    public static Path prepare(Path dir, Path overlay) throws IOException {
        Path data = dir.resolve("data");
        copyTree(BASE, data);
        if (overlay != null) {
            copyTree(overlay, data);
            Path delete = overlay.resolve("delete.txt");
            if (Files.exists(delete)) {
                for (String rel : Files.readAllLines(delete)) {
                    Files.deleteIfExists(data.resolve(rel.strip()));
                }
            }
        }
        return data;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path rel = from.relativize(p);
                if (rel.getNameCount() == 1 && META.contains(rel.toString())) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** What a command printed and returned. */
    public record Run(int status, String out, String err) {
    }

    /** Runs the command line in-process. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
