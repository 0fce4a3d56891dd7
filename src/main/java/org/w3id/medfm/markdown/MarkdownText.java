package org.w3id.medfm.markdown;

import java.util.Locale;

/** Writing values into Markdown so that a CommonMark parser reads back exactly the value: escapes and anchors. */
final class MarkdownText {
    /** Characters that could start markup inside a table cell; each is written with a backslash. */
    private static final String TEXT_SPECIALS = "\\`*_[]<>|~&";
    private static final String DESTINATION_SPECIALS = "\\()<>|";
    private static final String TITLE_SPECIALS = "\\\"|";

    private MarkdownText() {
    }

    /** Text for a table cell or a paragraph: markup characters escaped, line breaks made spaces. */
    static String text(String value) {
        return escape(value, TEXT_SPECIALS);
    }

    /** A link: {@code [text](destination)}. */
    static String link(String text, String destination) {
        return "[" + text(text) + "](" + escape(destination, DESTINATION_SPECIALS) + ")";
    }

    /** A link with a title, shown by browsers on hover: {@code [text](destination "title")}. */
    static String link(String text, String destination, String title) {
        return "[" + text(text) + "](" + escape(destination, DESTINATION_SPECIALS) + " \""
                + escape(title, TITLE_SPECIALS) + "\")";
    }

    private static String escape(String value, String specials) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\n' || c == '\r') {
                sb.append(' ');
            } else {
                sb.append(specials.indexOf(c) >= 0 ? "\\" : "").append(c);
            }
        }
        return sb.toString();
    }

    /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        StringBuilder sb = new StringBuilder("#");
        for (char c : heading.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == ' ') {
                sb.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
