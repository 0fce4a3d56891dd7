package org.w3id.medfm.records;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.medfm.source.Node;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.source.Problems;

/**
 * Typed access to one YAML mapping. Each getter checks its field and records a problem instead of throwing, so
 * that a file's every mistake is reported; {@link #reportUnknown()} then names the keys nobody asked for.
 */
final class Fields {
    private final Node.Mapping map;
    private final String prefix;
    private final Problems problems;
    private final Set<String> allowed;
    private final Set<String> asked = new HashSet<>();
    private final Set<String> retired = new HashSet<>();

    Fields(Node.Mapping map, String prefix, Problems problems, Set<String> allowed) {
        this.map = map;
        this.prefix = prefix;
        this.problems = problems;
        this.allowed = allowed;
    }

    /** Wraps {@code node} when it is a mapping; otherwise records a problem and returns null. */
    static Fields of(Node node, String prefix, Problems problems, Set<String> allowed) {
        if (node instanceof Node.Mapping m) {
            return new Fields(m, prefix, problems, allowed);
        }
        problems.add(node.origin(), prefix, "expected a mapping of fields (key: value), found " + node.kindName());
        return null;
    }

    String name(String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    Origin origin(String key) {
        return map.keyOrigin(key);
    }

    Origin origin() {
        return map.origin();
    }

    boolean has(String key) {
        asked.add(key);
        Node n = map.entries().get(key);
        return n != null && !(n instanceof Node.Scalar s && s.type() == Node.ScalarType.NULL);
    }

    void problem(String key, String message) {
        problems.add(origin(key), name(key), message);
    }

    private Node.Scalar scalar(String key, boolean required, String what) {
        asked.add(key);
        Node n = map.entries().get(key);
        if (n == null || n instanceof Node.Scalar s && s.type() == Node.ScalarType.NULL) {
            if (required) {
                problems.add(n == null ? map.origin() : n.origin(), name(key), "missing; " + what + " is required");
            }
            return null;
        }
        if (n instanceof Node.Scalar s) {
            return s;
        }
        problem(key, "expected " + what + ", found " + n.kindName());
        return null;
    }

    /** Text: any scalar but true/false, as written. Blank text counts as missing. */
    String text(String key, boolean required) {
        Node.Scalar s = scalar(key, required, "text");
        if (s == null) {
            return null;
        }
        if (s.type() == Node.ScalarType.BOOLEAN) {
            problem(key, "expected text, found true/false");
            return null;
        }
        if (s.text().isBlank()) {
            if (required) {
                problem(key, "is empty; text is required");
            }
            return null;
        }
        return s.text().strip();
    }

    /** Any scalar, true/false included, as written; {@code what} says what is expected when it is missing. */
    String asWritten(String key, String what) {
        Node.Scalar s = scalar(key, true, what);
        if (s == null || s.text().isBlank()) {
            if (s != null) {
                problem(key, "is empty; write " + what);
            }
            return null;
        }
        return s.text().strip();
    }

    /** Text that must match {@code pattern}; {@code shape} describes it for the message. */
    String matching(String key, boolean required, Pattern pattern, String shape) {
        String t = text(key, required);
        if (t != null && !pattern.matcher(t).matches()) {
            problem(key, "'" + t + "' is not " + shape);
            return null;
        }
        return t;
    }

    Integer integer(String key, boolean required, int min, int max) {
        Node.Scalar s = scalar(key, required, "a whole number");
        if (s == null) {
            return null;
        }
        if (s.type() != Node.ScalarType.INTEGER) {
            problem(key, "expected a whole number, found " + s.kindName() + " '" + s.text() + "'");
            return null;
        }
        long v;
        try {
            v = Long.parseLong(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
            problem(key, "'" + s.text() + "' is not a whole number");
            return null;
        }
        if (v < min || v > max) {
            problem(key, v + " is out of range (" + min + " to " + max + ")");
            return null;
        }
        return (int) v;
    }

    Boolean bool(String key, boolean required) {
        Node.Scalar s = scalar(key, required, "true or false");
        if (s == null) {
            return null;
        }
        if (s.type() != Node.ScalarType.BOOLEAN) {
            problem(key, "expected true or false, found " + s.kindName() + " '" + s.text() + "'");
            return null;
        }
        return Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT));
    }

    /** An absolute http(s) URL with a host. */
    String url(String key, boolean required) {
        String t = text(key, required);
        if (t == null) {
            return null;
        }
        String why = urlProblem(t);
        if (why != null) {
            problem(key, "'" + t + "' is not a valid URL: " + why);
            return null;
        }
        return t;
    }

    static String urlProblem(String t) {
        if (!t.startsWith("http://") && !t.startsWith("https://")) {
            return "it must start with http:// or https://";
        }
        try {
            URI uri = new URI(t);
            if (uri.getHost() == null || !uri.getHost().contains(".")) {
                return "it has no valid host name";
            }
        } catch (URISyntaxException e) {
            return e.getReason() + " at character " + (e.getIndex() + 1);
        }
        return null;
    }

    /** A list of text, or one text standing for a list of one. Blank items are refused. */
    List<String> textList(String key, Pattern pattern, String shape) {
        asked.add(key);
        Node n = map.entries().get(key);
        List<String> out = new ArrayList<>();
        if (n == null || n instanceof Node.Scalar s && s.type() == Node.ScalarType.NULL) {
            return out;
        }
        List<Node> items = n instanceof Node.Sequence seq ? seq.items() : List.of(n);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String field = name(key) + (n instanceof Node.Sequence ? "[" + (i + 1) + "]" : "");
            if (!(item instanceof Node.Scalar s) || s.type() == Node.ScalarType.BOOLEAN
                    || s.type() == Node.ScalarType.NULL || s.text().isBlank()) {
                problems.add(item.origin(), field, "expected " + shape + ", found " + item.kindName());
            } else if (pattern != null && !pattern.matcher(s.text().strip()).matches()) {
                problems.add(item.origin(), field, "'" + s.text().strip() + "' is not " + shape);
            } else {
                out.add(s.text().strip());
            }
        }
        return out;
    }

    /** The mapping under {@code key}, checked against {@code fields}; null when absent or not a mapping. */
    Fields mapping(String key, Set<String> fields) {
        asked.add(key);
        Node n = map.entries().get(key);
        if (n == null || n instanceof Node.Scalar s && s.type() == Node.ScalarType.NULL) {
            return null;
        }
        return of(n, name(key), problems, fields);
    }

    /** The raw node under {@code key}, or null when absent or empty. */
    Node node(String key) {
        asked.add(key);
        Node n = map.entries().get(key);
        return n == null || n instanceof Node.Scalar s && s.type() == Node.ScalarType.NULL ? null : n;
    }

    /** The keys of this mapping, in file order. */
    List<String> keys() {
        return List.copyOf(map.entries().keySet());
    }

    /** A list of mappings; each item that is not a mapping is reported. */
    List<Node> items(String key) {
        asked.add(key);
        Node n = map.entries().get(key);
        if (n == null || n instanceof Node.Scalar s && s.type() == Node.ScalarType.NULL) {
            return List.of();
        }
        if (n instanceof Node.Sequence seq) {
            return seq.items();
        }
        problem(key, "expected a list (items starting with '- '), found " + n.kindName());
        return List.of();
    }

    /** A mapping of names to text (or lists of text, joined with "; "). */
    Map<String, NamedText> textMap(String key) {
        asked.add(key);
        Node n = map.entries().get(key);
        Map<String, NamedText> out = new LinkedHashMap<>();
        if (n == null || n instanceof Node.Scalar s && s.type() == Node.ScalarType.NULL) {
            return out;
        }
        if (!(n instanceof Node.Mapping m)) {
            problem(key, "expected a mapping of field names to sources, found " + n.kindName());
            return out;
        }
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
            Fields inner = new Fields(m, name(key), problems, Set.of(e.getKey()));
            List<String> texts = inner.textList(e.getKey(), null, "text naming a source");
            if (!texts.isEmpty()) {
                out.put(e.getKey(), new NamedText(String.join("; ", texts), m.keyOrigin(e.getKey())));
            }
        }
        return out;
    }

    /** A text with the place of its key. */
    record NamedText(String text, Origin origin) {
    }

    /** Records a problem for every key that no getter asked for, suggesting the nearest known one. */
    /** A field that older data had: when present, {@code message} says where it went (and nothing else is said). */
    void retired(String key, String message) {
        if (map.entries().containsKey(key)) {
            retired.add(key);
            problem(key, message);
        }
    }

    void reportUnknown() {
        for (String key : map.entries().keySet()) {
            if (!allowed.contains(key) && !retired.contains(key)) {
                String hint = nearest(key);
                problem(key, "unknown field" + (hint == null ? "; known fields: " + String.join(", ",
                        allowed.stream().sorted().toList()) : "; did you mean '" + hint + "'?"));
            }
        }
    }

    private String nearest(String key) {
        return allowed.stream()
                .filter(a -> distance(a.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT)) <= Math.max(2, key.length() / 4))
                .min(Comparator.comparingInt((String a) -> distance(a.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .orElse(null);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
