package org.w3id.medfm.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A file served from disk as it is, never read into memory whole (a dump may be larger than the heap): its
 * length, media type, an ETag naming the build it belongs to, and its modification time (whole seconds).
 */
record DiskFile(Path path, long length, String mediaType, String etag, Instant lastModified, String cacheControl) {
    /** The file at {@code path} of the build whose input hash is {@code build}. */
    static DiskFile of(Path path, String mediaType, String build, String cacheControl) {
        try {
            String tag = build.substring(build.indexOf(':') + 1);
            return new DiskFile(path, Files.size(path), mediaType, "\"" + tag.substring(0, Math.min(24, tag.length()))
                    + "-" + path.getFileName().toString().replace('.', '-') + "\"",
                    Files.getLastModifiedTime(path).toInstant().truncatedTo(ChronoUnit.SECONDS), cacheControl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ETag of the gzipped representation: another representation, so another tag. */
    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }
}
