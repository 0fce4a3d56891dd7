package org.w3id.medfm.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A file served from memory: its bytes, a gzipped copy made once, its media type, a strong ETag computed from
 * the bytes and the time it was made (whole seconds, as HTTP dates have).
 */
public record StaticFile(byte[] bytes, byte[] gzipped, String mediaType, String etag, Instant lastModified,
        String cacheControl) {
    /** A file whose ETag is a hash of its bytes. */
    public static StaticFile of(byte[] bytes, String mediaType, Instant made, String cacheControl) {
        return new StaticFile(bytes, gzip(bytes), mediaType, "\"" + hash(bytes) + "\"",
                made.truncatedTo(ChronoUnit.SECONDS), cacheControl);
    }

    /** A UTF-8 text file. */
    public static StaticFile text(String text, String mediaType, Instant made, String cacheControl) {
        return of(text.getBytes(StandardCharsets.UTF_8), mediaType, made, cacheControl);
    }

    /** The ETag of the gzipped representation: another representation, so another tag. */
    public String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
