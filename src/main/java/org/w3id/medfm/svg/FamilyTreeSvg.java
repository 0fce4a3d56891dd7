package org.w3id.medfm.svg;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * Draws a {@link FamilyTree} as SVG: a title, a legend of the kinds of link present, base models on the left and
 * listed models on the right (see {@link Layout}), an arrow from each base model to each model built from it, and
 * every model a link to its page. The text is an {@code <svg>} element with no XML declaration, so it serves both
 * as a file ({@code image/svg+xml}, UTF-8) and inline in an HTML page. The same tree and options always give the
 * same bytes.
 */
public final class FamilyTreeSvg {
    static final String SVG = "http://www.w3.org/2000/svg";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final double MARGIN = 24;
    private static final double MIN_WIDTH = 760;
    private static final double TITLE_SIZE = 16;
    private static final String FONT = "Helvetica, Arial, 'Liberation Sans', sans-serif";

    private FamilyTreeSvg() {
    }

    /** The whole derivation graph of {@code graph}, as the build writes it ({@code family-tree.svg}). */
    public static String whole(Graph graph) {
        return whole(FamilyTree.of(graph));
    }

    /**
     * The whole tree; for a graph with more than {@link FamilyTree#MAX_DRAWN} models, the first of them, nearest
     * the base models first, and the title says how many are left out (each base model's family has its picture,
     * see {@link #families}).
     */
    public static String whole(FamilyTree tree) {
        return render(tree.limited(FamilyTree.MAX_DRAWN), SvgOptions.whole());
    }

    /**
     * For a tree too large to draw whole: one picture per base model (a model built from no other), of it and the
     * models built from it, each limited as {@link #whole} is; by the base model's slug. None for a smaller tree,
     * whose whole picture shows everything.
     */
    public static Map<String, String> families(FamilyTree tree) {
        Map<String, String> out = new java.util.TreeMap<>();
        if (tree.shown() <= FamilyTree.MAX_DRAWN) {
            return out;
        }
        for (String root : tree.roots()) {
            FamilyTree f = tree.descendantsOf(root);
            if (f.shown() > 1) {
                out.put(root, render(f.limited(FamilyTree.MAX_DRAWN), SvgOptions.family(root,
                        f.node(root).orElseThrow().label())));
            }
        }
        return out;
    }

    /** {@link #whole} as UTF-8 bytes, for the build's outputs. */
    public static byte[] wholeBytes(Graph graph) {
        return whole(graph).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The family of the model {@code slug} (its ancestors and descendants), linking to the site's pages; empty
     * when the graph has no such model or the model takes part in no derivation or use.
     */
    public static Optional<String> family(Graph graph, String slug) {
        return family(FamilyTree.of(graph), slug);
    }

    /** {@link #family(Graph, String)} from a tree already read. */
    public static Optional<String> family(FamilyTree tree, String slug) {
        return tree.familyOf(slug)
                .map(f -> render(f.limited(FamilyTree.MAX_DRAWN), SvgOptions.family(slug,
                        f.node(slug).orElseThrow().label())));
    }

    /** Draws {@code tree} as {@code options} say. */
    public static String render(FamilyTree tree, SvgOptions given) {
        SvgOptions options = tree.shown() >= tree.total() ? given : new SvgOptions(given.linkPrefix(), given.focus(),
                given.title() + " (" + tree.shown() + " of " + tree.total() + " models, nearest the base models "
                        + "first; SPARQL has the rest)");
        Layout.Placement p = Layout.of(tree);
        List<EdgeKind> kinds = tree.edges().stream().map(TreeEdge::kind).distinct().sorted().toList();
        double width = Math.max(Math.max(p.width(), MIN_WIDTH - 2 * MARGIN),
                Math.ceil(TextWidth.of(options.title(), TITLE_SIZE, true)));
        Legend legend = new Legend(kinds, width, MARGIN, 64);
        double headingsY = legend.bottom() + 30;
        double top = headingsY + 18;
        double totalWidth = width + 2 * MARGIN;
        double totalHeight = top + p.height() + MARGIN;
        Xml x = new Xml();
        x.open("svg", "xmlns", SVG, "xmlns:xlink", XLINK, "version", "1.1", "width", Xml.num(totalWidth),
                "height", Xml.num(totalHeight), "viewBox", "0 0 " + Xml.num(totalWidth) + " " + Xml.num(totalHeight),
                "aria-labelledby", "tree-title tree-desc", "font-family", FONT, "font-size", "12");
        x.text("title", options.title(), "id", "tree-title");
        x.text("desc", description(tree), "id", "tree-desc");
        x.raw("<style>a:hover rect { stroke-width: 2.6; } a:focus rect { stroke-width: 2.6; }</style>");
        defs(x, kinds);
        x.empty("rect", "x", "0", "y", "0", "width", Xml.num(totalWidth), "height", Xml.num(totalHeight), "fill", "#FFFFFF");
        header(x, options);
        legend.write(x);
        headings(x, p, headingsY);
        links(x, tree, p, top);
        nodes(x, tree, p, top, options);
        x.close("svg");
        return x.toString();
    }

    /** The title and a line on how to read the picture. */
    private static void header(Xml x, SvgOptions options) {
        x.text("text", options.title(), "x", Xml.num(MARGIN), "y", "30", "font-size", Xml.num(TITLE_SIZE),
                "font-weight", "bold", "fill", "#1A1A1A");
        x.text("text", "Each arrow runs from a model to a model built from it or applying it. Each box links to"
                + " the model's page.", "x", Xml.num(MARGIN), "y", "50", "fill", "#444444");
    }

    private static String description(FamilyTree tree) {
        long listed = tree.nodes().stream().filter(TreeNode::listed).count();
        return tree.nodes().size() + " models (" + listed + " in the list, " + (tree.nodes().size() - listed)
                + " base models) and " + tree.edges().size() + " links; base models on the left, the models built"
                + " from them on the right.";
    }

    private static void defs(Xml x, List<EdgeKind> kinds) {
        x.open("defs");
        for (EdgeKind k : kinds) {
            x.open("marker", "id", "arrow-" + k.id(), "viewBox", "0 0 10 10", "refX", "9", "refY", "5",
                    "markerWidth", "7", "markerHeight", "7", "markerUnits", "userSpaceOnUse", "orient", "auto");
            x.empty("path", "d", "M0,1 L10,5 L0,9 z", "fill", k.colour());
            x.close("marker");
        }
        x.close("defs");
    }

    private static void headings(Xml x, Layout.Placement p, double y) {
        List<Double> cx = p.columnX();
        int columns = cx.size() - 1;
        if (p.baseColumns() > 0) {
            heading(x, "Base models (not in the list)", cx.get(0), right(p, p.baseColumns()), y);
        }
        if (p.baseColumns() < columns) {
            heading(x, "Models in the list", cx.get(p.baseColumns()), right(p, columns), y);
        }
        if (p.baseColumns() > 0 && p.baseColumns() < columns) {
            double mid = MARGIN + (right(p, p.baseColumns()) + cx.get(p.baseColumns())) / 2;
            x.empty("line", "x1", Xml.num(mid), "y1", Xml.num(y - 14), "x2", Xml.num(mid),
                    "y2", Xml.num(y + 18 + p.height()), "stroke", "#D0D0D0", "stroke-dasharray", "4 4");
        }
    }

    /** The right edge of the boxes in the columns before {@code column}. */
    private static double right(Layout.Placement p, int column) {
        return p.boxes().values().stream().filter(b -> b.column() < column).mapToDouble(Layout.Box::right).max()
                .orElse(p.columnX().get(column));
    }

    private static void heading(Xml x, String text, double from, double to, double y) {
        x.text("text", text, "x", Xml.num(MARGIN + (from + to) / 2), "y", Xml.num(y), "text-anchor", "middle",
                "font-size", "13", "font-weight", "bold", "fill", "#333333");
    }

    private static void links(Xml x, FamilyTree tree, Layout.Placement p, double top) {
        Ports ports = new Ports(tree, p);
        x.open("g", "id", "links", "fill", "none", "stroke-width", "1.6");
        for (TreeEdge e : tree.edges()) {
            Layout.Box base = p.boxes().get(e.base());
            Layout.Box derived = p.boxes().get(e.derived());
            x.open("path", "d", path(e, p, ports, top), "stroke", e.kind().colour(), "stroke-dasharray",
                    e.kind().dashes().isEmpty() ? null : e.kind().dashes(), "marker-end", "url(#arrow-" + e.kind().id() + ")",
                    "class", "link " + e.kind().id(), "data-base", e.base(), "data-derived", e.derived(),
                    "data-kind", e.kind().id());
            x.text("title", base.node().label() + " → " + derived.node().label() + ": " + e.kind().legend());
            x.close("path");
        }
        x.close("g");
    }

    /**
     * The link's path: from the base model's box to the derived model's box, straight through each column it
     * crosses (at its way point) and in a smooth curve across each gap between columns.
     */
    private static String path(TreeEdge e, Layout.Placement p, Ports ports, double top) {
        Layout.Box base = p.boxes().get(e.base());
        Layout.Box derived = p.boxes().get(e.derived());
        boolean rightward = base.column() < derived.column();
        StringBuilder d = new StringBuilder();
        double x = MARGIN + (rightward ? base.right() : base.x());
        double y = top + base.middleY() + ports.out(e);
        d.append('M').append(Xml.num(x)).append(',').append(Xml.num(y));
        List<Double> ways = p.wayPoints().getOrDefault(e, List.of());
        for (int i = 0; i < ways.size(); i++) {
            int c = base.column() + 1 + i;
            double wy = top + ways.get(i);
            double wx = MARGIN + p.columnX().get(c);
            curve(d, x, y, wx, wy, 1);
            x = wx + p.columnWidth().get(c);
            y = wy;
            d.append(" L").append(Xml.num(x)).append(',').append(Xml.num(y));
        }
        double ex = MARGIN + (rightward ? derived.x() : derived.right());
        curve(d, x, y, ex, top + derived.middleY() + ports.in(e), rightward ? 1 : -1);
        return d.toString();
    }

    /** A cubic curve from the current point to (x2, y2), leaving and arriving horizontally. */
    private static void curve(StringBuilder d, double x1, double y1, double x2, double y2, int direction) {
        double dx = Math.max(30, Math.abs(x2 - x1) / 2) * direction;
        d.append(" C").append(Xml.num(x1 + dx)).append(',').append(Xml.num(y1)).append(' ')
                .append(Xml.num(x2 - dx)).append(',').append(Xml.num(y2)).append(' ')
                .append(Xml.num(x2)).append(',').append(Xml.num(y2));
    }

    private static void nodes(Xml x, FamilyTree tree, Layout.Placement p, double top, SvgOptions options) {
        x.open("g", "id", "models");
        for (TreeNode n : tree.nodes()) {
            Layout.Box b = p.boxes().get(n.slug());
            boolean focus = n.slug().equals(options.focus());
            String href = options.linkPrefix() + n.slug();
            x.open("a", "href", href, "xlink:href", href, "class", "model " + (n.listed() ? "listed" : "base")
                    + (focus ? " focus" : ""), "data-slug", n.slug());
            x.text("title", n.label() + (n.listed() ? " (in the list)" : " (base model)"));
            x.empty("rect", "x", Xml.num(MARGIN + b.x()), "y", Xml.num(top + b.y()), "width", Xml.num(b.width()),
                    "height", Xml.num(Layout.NODE_HEIGHT), "rx", "4", "fill", n.listed() ? "#E4EFFA" : "#F3F3F3",
                    "stroke", focus ? "#111111" : n.listed() ? "#2F6DB0" : "#8A8A8A",
                    "stroke-width", focus ? "2.6" : "1.2");
            x.text("text", n.label(), "x", Xml.num(MARGIN + b.x() + b.width() / 2), "y",
                    Xml.num(top + b.y() + 15), "text-anchor", "middle", "fill", "#111111",
                    "font-weight", focus ? "bold" : null);
            x.close("a");
        }
        x.close("g");
    }

    /**
     * Where on a box's side each link starts or ends: the links of a side are spread over the box's height in
     * the order of the heights they come from or go to, so that arrows into one model do not pile up on a point.
     */
    private static final class Ports {
        private static final double SPAN = Layout.NODE_HEIGHT - 8;
        private final Map<TreeEdge, Double> in = new HashMap<>();
        private final Map<TreeEdge, Double> out = new HashMap<>();

        Ports(FamilyTree tree, Layout.Placement p) {
            for (TreeNode n : tree.nodes()) {
                spread(tree.edges().stream().filter(e -> e.derived().equals(n.slug())).toList(),
                        e -> last(p, e), in);
                spread(tree.edges().stream().filter(e -> e.base().equals(n.slug())).toList(),
                        e -> first(p, e), out);
            }
        }

        /** The height a link arrives from: its last way point, or its base model. */
        private static double last(Layout.Placement p, TreeEdge e) {
            List<Double> w = p.wayPoints().getOrDefault(e, List.of());
            return w.isEmpty() ? p.boxes().get(e.base()).middleY() : w.get(w.size() - 1);
        }

        /** The height a link leaves towards: its first way point, or its derived model. */
        private static double first(Layout.Placement p, TreeEdge e) {
            List<Double> w = p.wayPoints().getOrDefault(e, List.of());
            return w.isEmpty() ? p.boxes().get(e.derived()).middleY() : w.get(0);
        }

        private static void spread(List<TreeEdge> edges, java.util.function.ToDoubleFunction<TreeEdge> other,
                Map<TreeEdge, Double> into) {
            List<TreeEdge> sorted = edges.stream().sorted(Comparator.comparingDouble(other)
                    .thenComparing(TreeEdge::base).thenComparing(TreeEdge::derived)).toList();
            double step = sorted.size() < 2 ? 0 : Math.min(4, SPAN / (sorted.size() - 1));
            for (int i = 0; i < sorted.size(); i++) {
                into.put(sorted.get(i), (i - (sorted.size() - 1) / 2.0) * step);
            }
        }

        double in(TreeEdge e) {
            return in.get(e);
        }

        double out(TreeEdge e) {
            return out.get(e);
        }
    }
}
