package org.w3id.medfm.markdown;

import java.util.List;

/**
 * One table cell as read: its text content, the links in it, and how many correction marks it carried (links to
 * {@link Marks#ANCHOR}, which are not part of the value).
 */
public record Cell(String text, List<Link> links, int marks) {

    /** A Markdown link: its text, where it points, and its title (null when none). */
    public record Link(String text, String destination, String title) {
    }

    public static final Cell EMPTY = new Cell("", List.of(), 0);

    /** The cell as one line of text with link targets, for comparing two cells exactly: {@code [text](url)}. */
    public String canonical() {
        StringBuilder sb = new StringBuilder(text);
        for (Link l : links) {
            sb.append(" [").append(l.text()).append("](").append(l.destination()).append(')');
        }
        return sb.toString();
    }

    /** True when the cell is exactly one link and nothing else. */
    public boolean isOneLink() {
        return links.size() == 1 && text.equals(links.get(0).text());
    }
}
