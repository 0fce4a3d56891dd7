package org.w3id.medfm.server.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Content negotiation by {@code Accept}, as RFC 9110 (12.5.1) says: media types compare case-insensitively, each
 * offer takes the quality of the most specific range that matches it ({@code text/turtle} before {@code text/*}
 * before {@code * / *}), a quality of 0 means "not acceptable", and among the acceptable offers the highest
 * quality wins, ties going to the server's order. No header, or one with no well-formed range, accepts anything.
 */
public final class Negotiation {
    private Negotiation() {
    }

    /** One media range of an Accept header. */
    record Range(String type, String subtype, double q) {
        /** 3 for type/subtype, 2 for type/*, 1 for * / *, 0 when it does not match. */
        int specificity(String offerType, String offerSubtype) {
            if (type.equals("*")) {
                return subtype.equals("*") ? 1 : 0;
            }
            if (!type.equals(offerType)) {
                return 0;
            }
            return subtype.equals("*") ? 2 : subtype.equals(offerSubtype) ? 3 : 0;
        }
    }

    /**
     * The offer (a media type such as {@code text/turtle}) the header prefers, from {@code offers} in the server's
     * order of preference; empty when none is acceptable (406).
     */
    public static Optional<String> choose(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.stream().findFirst();
        }
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) {
            return offers.stream().findFirst();
        }
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            double q = quality(ranges, offer);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the header gives {@code offer}: that of the most specific matching range, 0 if none. */
    static double quality(List<Range> ranges, String offer) {
        String[] parts = offer.toLowerCase(Locale.ROOT).split("/", 2);
        int most = 0;
        double q = 0;
        for (Range r : ranges) {
            int s = r.specificity(parts[0], parts.length > 1 ? parts[1] : "");
            if (s > most) {
                most = s;
                q = r.q();
            }
        }
        return q;
    }

    /** The ranges of an Accept header; malformed ones are skipped. */
    static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] bits = part.split(";");
            String type = bits[0].strip().toLowerCase(Locale.ROOT);
            int slash = type.indexOf('/');
            if (slash <= 0 || slash == type.length() - 1) {
                continue;
            }
            Double q = q(bits);
            if (q != null) {
                out.add(new Range(type.substring(0, slash), type.substring(slash + 1), q));
            }
        }
        return out;
    }

    /** The q parameter (1 when absent), or null when it is not a number from 0 to 1. */
    private static Double q(String[] bits) {
        for (int i = 1; i < bits.length; i++) {
            String p = bits[i].strip();
            if (p.length() > 2 && p.substring(0, 2).equalsIgnoreCase("q=")) {
                try {
                    double v = Double.parseDouble(p.substring(2).strip());
                    return v >= 0 && v <= 1 ? v : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return 1.0;
    }
}
