package org.w3id.medfm.server.policy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The endpoint's Accept header, read by RFC 9110 before Fuseki reads it. Fuseki's own matching compares media
 * types case-sensitively and takes a range of quality 0 as a wish; a header that would be misread so (upper case
 * letters, a {@code q=0}) is handed on rewritten as the list of the endpoint's media types that it accepts, each
 * with its quality. The header as sent stays available as the request attribute {@value #ORIGINAL}, for the
 * 406 check once the kind of answer is known ({@link #acceptable}).
 */
public final class AcceptHeader {
    /** The request attribute holding the Accept header as the client sent it. */
    public static final String ORIGINAL = "org.w3id.medfm.accept";
    /** The media types of SELECT and ASK answers, in the endpoint's order of preference. */
    public static final List<String> RESULTS = List.of("application/sparql-results+json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values", "application/json",
            "application/xml", "text/plain");
    /** The media types of CONSTRUCT and DESCRIBE answers, in the endpoint's order of preference. */
    public static final List<String> GRAPHS = List.of("text/turtle", "application/n-triples", "application/ld+json",
            "application/rdf+xml", "application/trig", "application/n-quads", "application/json", "text/plain");
    private static final Pattern ZERO = Pattern.compile(";\\s*q\\s*=\\s*0(\\.0*)?\\s*(,|;|$)");

    private AcceptHeader() {
    }

    /** The request with its Accept header read by RFC 9110, or the request itself when nothing needs changing. */
    static HttpServletRequest normalized(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        if (accept == null) {
            return req;
        }
        req.setAttribute(ORIGINAL, accept);
        if (accept.equals(accept.toLowerCase(Locale.ROOT)) && !ZERO.matcher(accept).find()) {
            return req;
        }
        String rewritten = rewrite(accept);
        return new HttpServletRequestWrapper(req) {
            @Override
            public String getHeader(String name) {
                return "Accept".equalsIgnoreCase(name) ? rewritten : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(List.of(rewritten))
                        : super.getHeaders(name);
            }
        };
    }

    /** The endpoint's media types that {@code accept} accepts, with their qualities. */
    static String rewrite(String accept) {
        List<Negotiation.Range> ranges = Negotiation.parse(accept);
        Set<String> all = new LinkedHashSet<>(RESULTS);
        all.addAll(GRAPHS);
        StringBuilder out = new StringBuilder();
        for (String type : all) {
            double q = Negotiation.quality(ranges, type);
            if (q > 0) {
                out.append(out.length() == 0 ? "" : ", ").append(type).append(q < 1 ? ";q=" + q : "");
            }
        }
        return out.length() == 0 ? "application/x-none-acceptable" : out.toString();
    }

    /** Whether the client's Accept header (as sent) admits one of {@code offers}; true when it sent none. */
    public static boolean acceptable(HttpServletRequest req, List<String> offers) {
        Object accept = req.getAttribute(ORIGINAL);
        return !(accept instanceof String a) || Negotiation.choose(a, offers).isPresent();
    }
}
