package org.w3id.medfm.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers where it was read. */
public sealed interface Node permits Node.Scalar, Node.Sequence, Node.Mapping {

    Origin origin();

    /** A short name of the node's kind for messages ("text", "a list", ...). */
    String kindName();

    /** Kinds of scalar, as the YAML parser typed them. */
    enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    /** A scalar: its text as written and the type the parser gave it. */
    record Scalar(Origin origin, ScalarType type, String text) implements Node {
        @Override
        public String kindName() {
            return switch (type) {
                case STRING -> "text";
                case INTEGER -> "a whole number";
                case DECIMAL -> "a decimal number";
                case BOOLEAN -> "true/false";
                case NULL -> "empty";
            };
        }
    }

    /** A list. */
    record Sequence(Origin origin, List<Node> items) implements Node {
        @Override
        public String kindName() {
            return "a list";
        }
    }

    /** A mapping: keys in file order, each with the line its key stands on. */
    record Mapping(Origin origin, LinkedHashMap<String, Node> entries, Map<String, Integer> keyLines) implements Node {
        @Override
        public String kindName() {
            return "a mapping";
        }

        /** The line a key stands on, or the mapping's own line when the key is absent. */
        public Origin keyOrigin(String key) {
            Integer line = keyLines.get(key);
            return line == null ? origin : origin.at(line);
        }
    }
}
