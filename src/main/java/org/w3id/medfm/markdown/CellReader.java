package org.w3id.medfm.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Turns the inline nodes of a heading or a table cell into plain text and links. Correction marks (links to
 * {@link Marks#ANCHOR}) are counted and left out of the value.
 */
final class CellReader {
    private final StringBuilder text = new StringBuilder();
    private final List<Cell.Link> links = new ArrayList<>();
    private int marks;

    private CellReader() {
    }

    static Cell read(Node cell) {
        CellReader r = new CellReader();
        r.children(cell);
        return new Cell(r.text.toString().strip(), List.copyOf(r.links), r.marks);
    }

    /** The text content of a node, links included as their text. */
    static String text(Node node) {
        CellReader r = new CellReader();
        r.children(node);
        return r.text.toString();
    }

    private void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            inline(n);
        }
    }

    private void inline(Node n) {
        if (n instanceof Text t) {
            text.append(t.getLiteral());
        } else if (n instanceof Code c) {
            text.append(c.getLiteral());
        } else if (n instanceof HtmlInline h) {
            text.append(h.getLiteral());
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            text.append(' ');
        } else if (n instanceof Link l) {
            link(l);
        } else {
            children(n);
        }
    }

    private void link(Link l) {
        if (Marks.ANCHOR.equals(l.getDestination())) {
            marks++;
            return;
        }
        String linkText = text(l).strip();
        links.add(new Cell.Link(linkText, l.getDestination(), l.getTitle()));
        text.append(linkText);
    }
}
