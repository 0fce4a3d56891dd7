package org.w3id.medfm.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@value #FILE}, written by {@code build} beside the dumps, last: which inputs the output was built from (a
 * content hash, and a cheaper fingerprint of names, sizes and times), what it holds, and what the pages show
 * (see {@link Summary}). {@code serve} reads it to decide whether the output is current, and a TDB2 store is
 * stamped with its {@link #inputs} hash.
 *
 * @param program the program that wrote it, with its version
 * @param inputs the {@link org.w3id.medfm.pipeline.Inputs#contentHash() content hash} of the inputs
 * @param fingerprint the {@link org.w3id.medfm.pipeline.Inputs#fingerprint() fingerprint} of the inputs
 * @param bytes each output file's size
 */
public record BuildManifest(String program, String inputs, String fingerprint, long entries, long baseModels,
        Map<String, Long> bytes, Summary summary) {
    public static final String FILE = "manifest.json";

    public BuildManifest {
        bytes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(bytes));
    }

    /** Writes: the records bound by reflection, set up only by the program that writes (build). */
    private static final class Writer {
        static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    public byte[] toJson() {
        try {
            return (Writer.JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The manifest in {@code dir}, if there is a readable one; an unreadable one counts as none (build again). Read
     * with {@link JsonValues}, not bound to the records by Jackson: {@code serve} reads it before its first answer,
     * and Jackson costs up to a second of loading classes on a cold JVM.
     */
    public static Optional<BuildManifest> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (!(JsonValues.parse(Files.readString(file, StandardCharsets.UTF_8)) instanceof Map<?, ?> m)) {
                return Optional.empty();
            }
            Map<?, ?> s = (Map<?, ?>) m.get("summary");
            if (m.get("inputs") == null || s == null) {
                return Optional.empty();
            }
            Map<String, Long> bytes = new java.util.TreeMap<>();
            ((Map<?, ?>) m.get("bytes")).forEach((k, v) -> bytes.put((String) k, (Long) v));
            Summary summary = new Summary(number(s, "triples"), number(s, "entries"), number(s, "models"),
                    list(s, "paradigms", BuildManifest::count), list(s, "modalities", BuildManifest::count),
                    list(s, "families", f -> new Summary.Family(text(f, "slug"), text(f, "label"),
                            Math.toIntExact(number(f, "models")))),
                    list(s, "lists", l -> new Summary.ListCount(text(l, "iri"), text(l, "label"), number(l, "listed"),
                            number(l, "entries"), number(l, "baseModels"), number(l, "onlyHere"))),
                    list(s, "overlaps", o -> new Summary.Overlap(text(o, "first"), text(o, "firstLabel"),
                            text(o, "second"), text(o, "secondLabel"), number(o, "shared"))));
            return Optional.of(new BuildManifest(text(m, "program"), text(m, "inputs"), text(m, "fingerprint"),
                    number(m, "entries"), number(m, "baseModels"), bytes, summary));
        } catch (IOException | RuntimeException e) {
            // Not JSON, or not of this shape (a missing number, a string where a list was written, ...).
            return Optional.empty();
        }
    }

    private static Summary.Count count(Map<?, ?> c) {
        return new Summary.Count(text(c, "iri"), text(c, "label"), number(c, "count"));
    }

    private static String text(Map<?, ?> m, String name) {
        return (String) m.get(name);
    }

    private static long number(Map<?, ?> m, String name) {
        return (Long) java.util.Objects.requireNonNull(m.get(name), name);
    }

    /** The list {@code name} of {@code m}, each element (an object) made a record by {@code each}; none if absent. */
    private static <T> List<T> list(Map<?, ?> m, String name, java.util.function.Function<Map<?, ?>, T> each) {
        List<?> l = (List<?>) m.get(name);
        return l == null ? List.of() : l.stream().map(e -> each.apply((Map<?, ?>) e)).toList();
    }
}
