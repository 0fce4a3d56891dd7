package org.w3id.medfm.markdown;

import java.util.ArrayList;
import java.util.List;
import org.w3id.medfm.records.CorrectableField;
import org.w3id.medfm.records.Correction;
import org.w3id.medfm.records.Thing;
import org.w3id.medfm.vocab.Ids;

/**
 * The numbered notes of the page's Corrections section. Each mark placed in a cell gets the next number and a
 * note saying what the list has, what the graph has instead, and the source.
 */
final class CorrectionNotes {
    private record Note(Thing entry, Correction correction) {
    }

    private final CellValues values;
    private final List<Note> notes = new ArrayList<>();

    CorrectionNotes(CellValues values) {
        this.values = values;
    }

    /** The mark for a correction, numbered in page order: a link to the Corrections section. */
    String mark(Thing entry, Correction c) {
        notes.add(new Note(entry, c));
        String title = c.field() == CorrectableField.PARADIGM
                ? "Kept in the list's section; proposed: " + values.display(c.field(), c.corrected())
                : "The list has: " + values.display(c.field(), c.listed());
        return MarkdownText.link(Marks.text(notes.size()), Marks.ANCHOR, title);
    }

    /** The section's body: one numbered item per mark. */
    String markdown() {
        if (notes.isEmpty()) {
            return "None: the page shows the list as it is.\n";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < notes.size(); i++) {
            sb.append(i + 1).append(". ").append(item(notes.get(i))).append('\n');
        }
        return sb.toString();
    }

    private String item(Note n) {
        Thing t = n.entry();
        Correction c = n.correction();
        String what = c.field() == CorrectableField.PARADIGM
                ? "section: the list files it under " + quoted(c.field(), c.listed()) + ", where the page keeps it;"
                        + " a better fit is " + quoted(c.field(), c.corrected()) + "."
                : c.field().yamlName() + ": the list has " + quoted(c.field(), c.listed()) + "; the graph has "
                        + quoted(c.field(), c.corrected()) + ".";
        String note = c.note() == null ? "" : " " + MarkdownText.text(c.note());
        return "**" + MarkdownText.link(t.label(), Ids.model(t.slug())) + "**, " + what + note + " Source: "
                + MarkdownText.text(c.source()) + " (" + MarkdownText.link("correction",
                        Ids.correction(t.slug(), c.field().yamlName())) + ")";
    }

    private String quoted(CorrectableField field, String value) {
        return "“" + MarkdownText.text(values.display(field, value)) + "”";
    }
}
