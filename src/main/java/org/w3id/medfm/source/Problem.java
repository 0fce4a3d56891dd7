package org.w3id.medfm.source;

import java.util.Comparator;

/**
 * One thing wrong with the input, with its place as fields (not baked into a string), so problems can be
 * sorted by file and line and printed as {@code path:line: field: message}.
 *
 * @param path the file, as the user named it (relative where possible)
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param field the field concerned (a dotted path such as {@code derivedFrom[2].model}), or empty
 * @param message what is wrong, in words a curator understands
 */
public record Problem(String path, int line, String field, String message) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line).thenComparing(Problem::field).thenComparing(Problem::message);

    public static Problem at(Origin origin, String field, String message) {
        return new Problem(origin.path(), origin.line(), field, message);
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(path);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(message).toString();
    }
}
