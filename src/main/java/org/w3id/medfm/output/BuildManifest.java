package org.w3id.medfm.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public BuildManifest {
        bytes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(bytes));
    }

    public byte[] toJson() {
        try {
            return (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The manifest in {@code dir}, if there is a readable one; an unreadable one counts as none (build again). */
    public static Optional<BuildManifest> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            BuildManifest m = JSON.readValue(file.toFile(), BuildManifest.class);
            return m.inputs() == null || m.summary() == null ? Optional.empty() : Optional.of(m);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
