package org.w3id.medfm.svg;

import java.util.ArrayList;
import java.util.List;

/** The legend: the two kinds of box, then one sample line per kind of link present, wrapped into rows. */
final class Legend {
    private static final double SAMPLE = 34;
    private static final double GAP = 6;
    private static final double ITEM_GAP = 22;
    private static final double ROW = 22;

    /** One item: a box or a line sample and its text, at a place. */
    private record Item(EdgeKind kind, Boolean listedBox, String text, double x, double y) {
    }

    private final List<Item> items = new ArrayList<>();
    private final double bottom;

    Legend(List<EdgeKind> kinds, double width, double left, double top) {
        List<Item> unplaced = new ArrayList<>();
        unplaced.add(new Item(null, false, "base model (not in the list)", 0, 0));
        unplaced.add(new Item(null, true, "model in the list", 0, 0));
        kinds.forEach(k -> unplaced.add(new Item(k, null, k.legend(), 0, 0)));
        double x = 0;
        double y = top;
        for (Item i : unplaced) {
            double w = SAMPLE + GAP + TextWidth.of(i.text(), 12, false);
            if (x > 0 && x + w > width) {
                x = 0;
                y += ROW;
            }
            items.add(new Item(i.kind(), i.listedBox(), i.text(), left + x, y));
            x += w + ITEM_GAP;
        }
        bottom = y + ROW / 2;
    }

    double bottom() {
        return bottom;
    }

    void write(Xml x) {
        x.open("g", "id", "legend");
        for (Item i : items) {
            if (i.kind() == null) {
                x.empty("rect", "x", Xml.num(i.x()), "y", Xml.num(i.y() - 7), "width", Xml.num(SAMPLE), "height", "14",
                        "rx", "3", "fill", i.listedBox() ? "#E4EFFA" : "#F3F3F3",
                        "stroke", i.listedBox() ? "#2F6DB0" : "#8A8A8A", "stroke-width", "1.2");
            } else {
                x.empty("path", "d", "M" + Xml.num(i.x()) + "," + Xml.num(i.y()) + " h" + Xml.num(SAMPLE - 2),
                        "stroke", i.kind().colour(), "stroke-width", "2", "fill", "none",
                        "stroke-dasharray", i.kind().dashes().isEmpty() ? null : i.kind().dashes(),
                        "marker-end", "url(#arrow-" + i.kind().id() + ")");
            }
            x.text("text", i.text(), "x", Xml.num(i.x() + SAMPLE + GAP), "y", Xml.num(i.y() + 4), "fill", "#222222");
        }
        x.close("g");
    }
}
