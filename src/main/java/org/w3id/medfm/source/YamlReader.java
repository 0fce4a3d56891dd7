package org.w3id.medfm.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one YAML document into a {@link Node} tree with lines. Guards against what a hostile or careless file
 * can do: bytes that are not UTF-8, an empty file, a huge file, anchors and aliases (an alias bomb is refused
 * at its first alias, never expanded), deep nesting and duplicate keys.
 */
public final class YamlReader {
    /** Larger data files are refused: a curated entry is a few kilobytes. */
    public static final int MAX_BYTES = 256 * 1024;
    private static final int MAX_DEPTH = 20;
    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(1);
        options.setAllowDuplicateKeys(true); // reported by TreeBuilder, with both lines
        options.setNestingDepthLimit(MAX_DEPTH * 2);
        options.setCodePointLimit(MAX_BYTES);
        this.factory = YAMLFactory.builder().loaderOptions(options).build();
    }

    /** Parses {@code bytes} read from {@code path}; every problem found is in the exception. */
    public Node read(String path, byte[] bytes) throws DataException {
        Origin file = new Origin(path, 0);
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new DataException(Problem.at(file, "", "the file is empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new DataException(Problem.at(file, "", "the file is larger than " + MAX_BYTES / 1024 + " KiB"));
        }
        String text = decodeUtf8(path, bytes);
        Problems problems = new Problems();
        Node root;
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new DataException(Problem.at(file, "", "the file holds no YAML value (only comments?)"));
            }
            root = new TreeBuilder(path, (YAMLParser) parser, problems).value("", 0);
            if (parser.nextToken() != null) {
                problems.add(file.at(line(parser.currentTokenLocation())), "", "only one YAML document per file");
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new DataException(Problem.at(file.at(where == null ? 0 : Math.max(where.getLineNr(), 0)), "",
                    "YAML syntax error: " + syntaxMessage(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new DataException(Problem.at(file, "", "cannot read: " + e.getMessage()));
        }
        problems.throwIfAny();
        return root;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String decodeUtf8(String path, byte[] bytes) throws DataException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int offset = firstBadOffset(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new DataException(new Problem(path, line, "", String.format(
                    "the file is not UTF-8 (byte 0x%02X at offset %d); save it as UTF-8", bytes[offset] & 0xff, offset)));
        }
    }

    /** The offset of the first byte that cannot start or continue a UTF-8 sequence. */
    private static int firstBadOffset(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xff;
            int more = lead < 0x80 ? 0 : lead >= 0xC2 && lead <= 0xDF ? 1
                    : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
            if (more < 0) {
                return i;
            }
            for (int k = 1; k <= more; k++) {
                if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += more + 1;
        }
        return 0;
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    /** SnakeYAML's message without its excerpt of the file: the context line and the problem line. */
    static String syntaxMessage(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        List<String> kept = new ArrayList<>();
        for (String line : message.strip().split("\\R")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("in '") && !l.startsWith("^") && !line.startsWith("    ")) {
                kept.add(l);
            }
        }
        return kept.isEmpty() ? message.strip() : String.join("; ", kept);
    }

    /** Walks the parser's tokens, building nodes; the parser is on a value's first token on entry. */
    private static final class TreeBuilder {
        private final String path;
        private final YAMLParser parser;
        private final Problems problems;
        private boolean aliasReported;

        TreeBuilder(String path, YAMLParser parser, Problems problems) {
            this.path = path;
            this.parser = parser;
            this.problems = problems;
        }

        Node value(String field, int depth) throws IOException {
            Origin here = new Origin(path, line(parser.currentTokenLocation()));
            if (parser.isCurrentAlias() || parser.getObjectId() != null) {
                if (!aliasReported) {
                    problems.add(here, field, "YAML anchors and aliases (&name, *name) are not allowed in data files; "
                            + "write the value out");
                    aliasReported = true;
                }
                parser.skipChildren();
                return new Node.Scalar(here, Node.ScalarType.NULL, "");
            }
            if (depth > MAX_DEPTH) {
                problems.add(here, field, "nested deeper than " + MAX_DEPTH + " levels");
                parser.skipChildren();
                return new Node.Scalar(here, Node.ScalarType.NULL, "");
            }
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> mapping(here, field, depth);
                case START_ARRAY -> sequence(here, field, depth);
                case VALUE_STRING -> new Node.Scalar(here, Node.ScalarType.STRING, parser.getText());
                case VALUE_NUMBER_INT -> new Node.Scalar(here, Node.ScalarType.INTEGER, parser.getText());
                case VALUE_NUMBER_FLOAT -> new Node.Scalar(here, Node.ScalarType.DECIMAL, parser.getText());
                case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(here, Node.ScalarType.BOOLEAN, parser.getText());
                case VALUE_NULL -> new Node.Scalar(here, Node.ScalarType.NULL, "");
                default -> new Node.Scalar(here, Node.ScalarType.STRING, parser.getText());
            };
        }

        private Node mapping(Origin here, String field, int depth) throws IOException {
            LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
            Map<String, Integer> lines = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = line(parser.currentTokenLocation());
                String child = field.isEmpty() ? key : field + "." + key;
                parser.nextToken();
                Node value = value(child, depth + 1);
                if (entries.containsKey(key)) {
                    problems.add(new Origin(path, keyLine), child,
                            "the key appears twice (first at line " + lines.get(key) + ")");
                    continue;
                }
                entries.put(key, value);
                lines.put(key, keyLine);
            }
            return new Node.Mapping(here, entries, lines);
        }

        private Node sequence(Origin here, String field, int depth) throws IOException {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(field + "[" + (items.size() + 1) + "]", depth + 1));
            }
            return new Node.Sequence(here, items);
        }
    }
}
