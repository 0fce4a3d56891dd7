package org.w3id.medfm.svg;

import java.util.Locale;

/** Building SVG text: escaped character data and attributes, and numbers written the same way everywhere. */
final class Xml {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    /** Escapes text for XML content or a double-quoted attribute; drops characters XML 1.0 forbids. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A coordinate with at most one decimal, without a trailing {@code .0}. */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** Opens an element; {@code attributes} are name, value pairs (values escaped here). */
    Xml open(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes).append(">\n");
        depth++;
        return this;
    }

    Xml close(String name) {
        depth--;
        indent().append("</").append(name).append(">\n");
        return this;
    }

    /** An element with no content. */
    Xml empty(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes).append("/>\n");
        return this;
    }

    /** An element with text content. */
    Xml text(String name, String text, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes).append('>').append(escape(text)).append("</").append(name).append(">\n");
        return this;
    }

    /** Text written as it is: for a style sheet or a comment made here, never for data. */
    Xml raw(String text) {
        indent().append(text).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private StringBuilder indent() {
        return out.append("  ".repeat(depth));
    }

    private StringBuilder attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        return out;
    }
}
