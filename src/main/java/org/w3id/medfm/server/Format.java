package org.w3id.medfm.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.w3id.medfm.output.DumpFormat;
import org.w3id.medfm.server.policy.Negotiation;

/**
 * The representations a linked-data resource has, and content negotiation between them: by {@code Accept}, or by
 * {@code ?format=} for links a person can click. Without an {@code Accept} header, or with a bare {@code * / *},
 * the first offer wins: Turtle, so that a machine with no preference gets data. {@code application/json} gets
 * JSON-LD. The header is read by RFC 9110 ({@link Negotiation}): {@code q=0} refuses, case does not matter.
 */
enum Format {
    TURTLE("ttl", DumpFormat.TURTLE, "Turtle"),
    HTML("html", null, "HTML"),
    JSONLD("jsonld", DumpFormat.JSONLD, "JSON-LD"),
    NTRIPLES("nt", DumpFormat.NTRIPLES, "N-Triples");

    /** What pages offer; machine-only documents (VoID, service description) offer the RDF formats alone. */
    static final List<Format> PAGE = List.of(TURTLE, HTML, JSONLD, NTRIPLES);
    static final List<Format> RDF = List.of(TURTLE, JSONLD, NTRIPLES);

    private final String param;
    private final DumpFormat dump;
    private final String label;

    Format(String param, DumpFormat dump, String label) {
        this.param = param;
        this.dump = dump;
        this.label = label;
    }

    String param() {
        return param;
    }

    String mediaType() {
        return dump == null ? "text/html" : dump.mediaType();
    }

    String label() {
        return label;
    }

    /** The Content-Type header value. */
    String contentType() {
        return this == JSONLD ? mediaType() : mediaType() + ";charset=utf-8";
    }

    static Format of(DumpFormat f) {
        return Arrays.stream(values()).filter(x -> x.dump == f).findFirst().orElseThrow();
    }

    /** The format the request asks for among {@code offers}, or empty when none is acceptable (406). */
    static Optional<Format> choose(HttpServletRequest req, List<Format> offers) {
        String p = req.getParameter("format");
        if (p != null) {
            return offers.stream().filter(f -> f.param.equals(p)).findFirst();
        }
        List<String> types = new java.util.ArrayList<>(offers.stream().map(Format::mediaType).toList());
        if (offers.contains(JSONLD)) {
            types.add("application/json");
        }
        return Negotiation.choose(req.getHeader("Accept"), types).map(chosen -> chosen.equals("application/json")
                ? JSONLD : offers.stream().filter(f -> f.mediaType().equals(chosen)).findFirst().orElseThrow());
    }

    /** The list of media types for a 406 message. */
    static String names(List<Format> offers) {
        return String.join(", ", offers.stream().map(Format::mediaType).toList());
    }
}
