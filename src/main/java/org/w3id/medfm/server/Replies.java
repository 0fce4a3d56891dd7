package org.w3id.medfm.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * How this server's own servlets answer: plain-text errors that never carry a stack trace, the security headers
 * of every page, and files from memory with {@code ETag}/{@code Last-Modified}, conditional GET and gzip.
 */
final class Replies {
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /**
     * For SVG opened on its own: an SVG document can hold scripts, so ours may run none and load nothing; it keeps
     * its inline style element and may be embedded by our own pages.
     */
    private static final String SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    /** The headers that describe a representation, dropped when an error replaces it. */
    private static final String[] REPRESENTATION_HEADERS = {"Content-Encoding", "Content-Length", "ETag",
        "Last-Modified", "Content-Disposition", "Content-Security-Policy", "X-Frame-Options"};

    private Replies() {
    }

    /** A plain-text error: the status and one line a person understands. */
    static void error(HttpServletResponse res, int status, String message) throws IOException {
        error(res, status, message, null);
    }

    /**
     * A plain-text error that varies with {@code vary} (a request header name), when not null. Headers set before
     * it that are about the request or the server ({@code Allow}, CORS, {@code Vary}) stay; those about a
     * representation go.
     */
    static void error(HttpServletResponse res, int status, String message, String vary) throws IOException {
        if (res.isCommitted()) {
            return;
        }
        res.resetBuffer();
        for (String h : REPRESENTATION_HEADERS) {
            res.setHeader(h, null);
        }
        if (vary != null && res.getHeaders("Vary").stream().noneMatch(v -> v.contains(vary))) {
            res.addHeader("Vary", vary);
        }
        res.setStatus(status);
        res.setContentType("text/plain;charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("X-Content-Type-Options", "nosniff");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    /**
     * Headers every response of ours carries; HTML pages also get a strict Content-Security-Policy, and SVG files
     * a stricter one still.
     */
    static void securityHeaders(HttpServletResponse res, String mediaType) {
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (mediaType.startsWith("text/html")) {
            res.setHeader("Content-Security-Policy", CSP);
            res.setHeader("X-Frame-Options", "DENY");
        } else if (mediaType.startsWith("image/svg+xml")) {
            res.setHeader("Content-Security-Policy", SVG_CSP);
        }
    }

    /** Sends {@code file}, or 304 when the client's copy is current; gzipped when the client accepts it. */
    static void file(HttpServletRequest req, HttpServletResponse res, StaticFile file) throws IOException {
        boolean gzip = acceptsGzip(req.getHeader("Accept-Encoding")) && file.gzipped().length < file.bytes().length;
        String etag = gzip ? file.gzipEtag() : file.etag();
        res.addHeader("Vary", "Accept-Encoding");
        res.setHeader("ETag", etag);
        res.setHeader("Last-Modified", httpDate(file.lastModified()));
        res.setHeader("Cache-Control", file.cacheControl());
        securityHeaders(res, file.mediaType());
        if (notModified(req, etag, file.lastModified())) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? file.gzipped() : file.bytes();
        res.setStatus(HttpServletResponse.SC_OK);
        res.setContentType(file.mediaType());
        if (gzip) {
            res.setHeader("Content-Encoding", "gzip");
        }
        res.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            res.getOutputStream().write(body);
        }
    }

    /**
     * Sends {@code file} from disk, streamed, or 304 when the client's copy is current; gzipped on the fly when the
     * client accepts it (then without a length, as the compressed size is not known in advance).
     */
    static void file(HttpServletRequest req, HttpServletResponse res, DiskFile file) throws IOException {
        boolean gzip = acceptsGzip(req.getHeader("Accept-Encoding"));
        String etag = gzip ? file.gzipEtag() : file.etag();
        res.addHeader("Vary", "Accept-Encoding");
        res.setHeader("ETag", etag);
        res.setHeader("Last-Modified", httpDate(file.lastModified()));
        res.setHeader("Cache-Control", file.cacheControl());
        securityHeaders(res, file.mediaType());
        if (notModified(req, etag, file.lastModified())) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        res.setStatus(HttpServletResponse.SC_OK);
        res.setContentType(file.mediaType());
        if (gzip) {
            res.setHeader("Content-Encoding", "gzip");
        } else {
            res.setContentLengthLong(file.length());
        }
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        if (gzip) {
            try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(res.getOutputStream(), 1 << 16)) {
                java.nio.file.Files.copy(file.path(), out);
            }
        } else {
            java.nio.file.Files.copy(file.path(), res.getOutputStream());
        }
    }

    /** RFC 9110 13.1.2 and 13.1.3: If-None-Match wins; otherwise If-Modified-Since. */
    static boolean notModified(HttpServletRequest req, String etag, Instant lastModified) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            return Arrays.stream(inm.split(",")).map(String::strip)
                    .anyMatch(t -> t.equals("*") || weak(t).equals(weak(etag)));
        }
        String ims = req.getHeader("If-Modified-Since");
        if (ims == null) {
            return false;
        }
        try {
            Instant since = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(ims));
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** Whether an Accept-Encoding header admits gzip (a q of 0 refuses it). */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String part : header.split(",")) {
            String[] bits = part.strip().split(";");
            String coding = bits[0].strip().toLowerCase(Locale.ROOT);
            double q = quality(bits);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = q;
            } else if (coding.equals("*")) {
                any = q;
            }
        }
        return gzip != null ? gzip > 0 : any != null && any > 0;
    }

    private static double quality(String[] bits) {
        for (int i = 1; i < bits.length; i++) {
            String p = bits[i].strip();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    static String httpDate(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
    }
}
