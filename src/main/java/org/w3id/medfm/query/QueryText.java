package org.w3id.medfm.query;

/**
 * What can be told of a query's text without parsing it: how deeply its brackets nest, and a short one-line form
 * for logs. Jena's parser recurses once per bracket and costs time quadratic in the text's length, so both are
 * checked before it runs. Strings, IRIs and comments are skipped, so brackets inside them do not count.
 */
final class QueryText {
    /** How much of a query a log line shows. */
    static final int LOG_CHARS = 200;

    private QueryText() {
    }

    /** The deepest nesting of {@code { ( [} in {@code text}, outside strings, IRIs and comments. */
    static int depth(String text) {
        int depth = 0;
        int max = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            switch (c) {
                case '#' -> i = endOfLine(text, i);
                case '"', '\'' -> i = endOfString(text, i);
                case '<' -> i = endOfIri(text, i);
                case '{', '(', '[' -> {
                    depth++;
                    max = Math.max(max, depth);
                    i++;
                }
                case '}', ')', ']' -> {
                    depth = Math.max(0, depth - 1);
                    i++;
                }
                default -> i++;
            }
        }
        return max;
    }

    private static int endOfLine(String text, int i) {
        int eol = text.indexOf('\n', i);
        return eol < 0 ? text.length() : eol + 1;
    }

    /** Past a short ('...') or long ('''...''') string, minding backslash escapes. */
    private static int endOfString(String text, int start) {
        char q = text.charAt(start);
        boolean triple = text.startsWith(String.valueOf(q).repeat(3), start);
        int i = start + (triple ? 3 : 1);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == q && (!triple || text.startsWith(String.valueOf(q).repeat(3), i))) {
                return i + (triple ? 3 : 1);
            } else if (!triple && (c == '\n' || c == '\r')) {
                return i;
            } else {
                i++;
            }
        }
        return i;
    }

    /** Past an IRI {@code <...>}; a {@code <} that opens no IRI is the less-than operator. */
    private static int endOfIri(String text, int start) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c <= ' ' || "<\"{}|^`".indexOf(c) >= 0) {
                return start + 1;
            }
        }
        return start + 1;
    }

    /** The query on one line, at most {@value #LOG_CHARS} characters of it, and its full length when cut. */
    static String forLog(String text) {
        if (text == null) {
            return "<none>";
        }
        String head = text.length() > LOG_CHARS ? text.substring(0, LOG_CHARS) : text;
        String line = head.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return text.length() > LOG_CHARS ? line + " ... (" + text.length() + " characters)" : line;
    }
}
