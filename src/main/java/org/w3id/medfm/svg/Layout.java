package org.w3id.medfm.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where each model goes, in the layered style of Sugiyama et al. Columns: listed models on the right, layered
 * left to right by how many listed models they were built on in turn; base models on the left, layered right to
 * left by generations, so a base model stands one column left of the models built from it (LLaMA, then Vicuna,
 * then LLaVA, then the listed LLaVA-Med). A link that spans several columns gets a way point in each column it
 * crosses, so it runs between boxes, not through them. Within a column, models and way points are ordered by
 * the mean position of their neighbours (a few sweeps each way) and then placed as close to their neighbours'
 * mean height as the spacing allows.
 */
final class Layout {
    static final double NODE_HEIGHT = 22;
    static final double LABEL_SIZE = 12;
    static final double PAD_X = 9;
    private static final double WAY_POINT_HEIGHT = 2;
    private static final double BOX_SPACE = 8;
    private static final double WAY_SPACE = 4;
    private static final double COLUMN_GAP = 70;
    private static final double SIDE_GAP = 130;
    private static final double EMPTY_COLUMN = 24;
    private static final int SWEEPS = 8;
    /** Way point ids start with a space, which no slug has. */
    private static final String WAY = " ";

    /** A placed model: its column, its top-left corner relative to the drawing's origin, and its width. */
    record Box(TreeNode node, int column, double x, double y, double width) {
        double middleY() {
            return y + NODE_HEIGHT / 2;
        }

        double right() {
            return x + width;
        }
    }

    /**
     * The result.
     *
     * @param wayPoints for each link spanning columns, the height at which it crosses each column between its ends
     * @param baseColumns how many columns (from the left) hold base models
     * @param columnX the left edge of each column, and last the drawing's right edge
     * @param columnWidth the width of each column
     */
    record Placement(Map<String, Box> boxes, Map<TreeEdge, List<Double>> wayPoints, int baseColumns,
            List<Double> columnX, List<Double> columnWidth, double height) {
        double width() {
            return columnX.get(columnX.size() - 1);
        }
    }

    private final FamilyTree tree;
    private final Map<String, TreeNode> nodes = new HashMap<>();
    private final Map<String, Integer> column = new HashMap<>();
    private final Map<String, List<String>> left = new HashMap<>();
    private final Map<String, List<String>> right = new HashMap<>();
    private final Map<TreeEdge, List<String>> ways = new LinkedHashMap<>();
    private final List<List<String>> columns = new ArrayList<>();
    private int baseColumns;

    private Layout(FamilyTree tree) {
        this.tree = tree;
        tree.nodes().forEach(n -> nodes.put(n.slug(), n));
    }

    static Placement of(FamilyTree tree) {
        Layout l = new Layout(tree);
        l.assignColumns();
        l.addWayPoints();
        new Ordering(l.columns, l.column, l.left, l.right).run();
        return l.place(l.heights());
    }

    private void assignColumns() {
        Map<String, Integer> generations = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        for (TreeNode n : tree.nodes()) {
            if (n.listed()) {
                longest(n.slug(), depth, true, new HashSet<>());
            } else {
                baseColumns = Math.max(baseColumns, longest(n.slug(), generations, false, new HashSet<>()) + 1);
            }
        }
        for (TreeNode n : tree.nodes()) {
            column.put(n.slug(), n.listed() ? baseColumns + depth.get(n.slug())
                    : baseColumns - 1 - generations.get(n.slug()));
        }
        int count = column.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        for (int c = 0; c < count; c++) {
            columns.add(new ArrayList<>());
        }
        tree.nodes().forEach(n -> columns.get(column.get(n.slug())).add(n.slug()));
        Comparator<String> byLabel = Comparator.comparing((String s) -> nodes.get(s).label().toLowerCase(Locale.ROOT));
        columns.forEach(c -> c.sort(byLabel.thenComparing(s -> s)));
    }

    /**
     * The longest chain of models on the same side: for a listed model, built on before it ({@code back}); for
     * a base model, built from it after it. Cycles, which valid data does not have, are cut.
     */
    private int longest(String slug, Map<String, Integer> memo, boolean back, Set<String> visiting) {
        Integer known = memo.get(slug);
        if (known != null) {
            return known;
        }
        visiting.add(slug);
        int d = 0;
        for (TreeEdge e : tree.edges()) {
            String from = back ? e.derived() : e.base();
            String to = back ? e.base() : e.derived();
            if (from.equals(slug) && nodes.get(to).listed() == nodes.get(slug).listed() && !visiting.contains(to)) {
                d = Math.max(d, longest(to, memo, back, visiting) + 1);
            }
        }
        visiting.remove(slug);
        memo.put(slug, d);
        return d;
    }

    /** Splits each link into one-column steps, through way points; records the neighbours of every item. */
    private void addWayPoints() {
        columns.forEach(c -> c.forEach(s -> {
            left.put(s, new ArrayList<>());
            right.put(s, new ArrayList<>());
        }));
        int i = 0;
        for (TreeEdge e : tree.edges()) {
            int from = column.get(e.base());
            int to = column.get(e.derived());
            List<String> chain = new ArrayList<>(List.of(e.base()));
            for (int c = from + 1; c < to; c++) {
                String id = WAY + i + "." + c;
                column.put(id, c);
                columns.get(c).add(id);
                left.put(id, new ArrayList<>());
                right.put(id, new ArrayList<>());
                chain.add(id);
            }
            chain.add(e.derived());
            for (int k = 0; k + 1 < chain.size() && from < to; k++) {
                right.get(chain.get(k)).add(chain.get(k + 1));
                left.get(chain.get(k + 1)).add(chain.get(k));
            }
            ways.put(e, chain.subList(1, chain.size() - 1));
            i++;
        }
    }

    /** Heights: each item near the mean height of its neighbours, items of a column kept apart. */
    private Map<String, Double> heights() {
        Map<String, Double> y = new HashMap<>();
        for (List<String> col : columns) {
            double[] start = Spacing.closest(new double[col.size()], gaps(col));
            for (int i = 0; i < col.size(); i++) {
                y.put(col.get(i), start[i]);
            }
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int c = 0; c < columns.size(); c++) {
                settle(columns.get(c), y);
            }
            for (int c = columns.size() - 1; c >= 0; c--) {
                settle(columns.get(c), y);
            }
        }
        double top = y.entrySet().stream().mapToDouble(e -> e.getValue() - height(e.getKey()) / 2).min().orElse(0);
        y.replaceAll((s, v) -> v - top);
        return y;
    }

    /** The least distance between the middles of each item and the one above it. */
    private double[] gaps(List<String> col) {
        double[] gaps = new double[col.size()];
        for (int i = 1; i < col.size(); i++) {
            boolean boxes = !isWay(col.get(i - 1)) && !isWay(col.get(i));
            gaps[i] = (height(col.get(i - 1)) + height(col.get(i))) / 2 + (boxes ? BOX_SPACE : WAY_SPACE);
        }
        return gaps;
    }

    private void settle(List<String> col, Map<String, Double> y) {
        double[] wanted = new double[col.size()];
        for (int i = 0; i < col.size(); i++) {
            String s = col.get(i);
            List<String> near = new ArrayList<>(left.get(s));
            near.addAll(right.get(s));
            wanted[i] = near.stream().mapToDouble(y::get).average().orElse(y.get(s));
        }
        double[] placed = Spacing.closest(wanted, gaps(col));
        for (int i = 0; i < col.size(); i++) {
            y.put(col.get(i), placed[i]);
        }
    }

    private Placement place(Map<String, Double> middle) {
        List<Double> columnX = new ArrayList<>(List.of(0.0));
        List<Double> columnWidth = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            double w = columns.get(c).stream().filter(s -> !isWay(s)).mapToDouble(s -> width(nodes.get(s))).max()
                    .orElse(EMPTY_COLUMN);
            columnWidth.add(w);
            double gap = c + 1 == columns.size() ? 0 : c + 1 == baseColumns ? SIDE_GAP : COLUMN_GAP;
            columnX.add(columnX.get(c) + w + gap);
        }
        Map<String, Box> boxes = new HashMap<>();
        double height = 0;
        for (TreeNode n : tree.nodes()) {
            int c = column.get(n.slug());
            double y = middle.get(n.slug()) - NODE_HEIGHT / 2;
            boxes.put(n.slug(), new Box(n, c, columnX.get(c), y, width(n)));
            height = Math.max(height, y + NODE_HEIGHT);
        }
        Map<TreeEdge, List<Double>> wayPoints = new HashMap<>();
        ways.forEach((e, ids) -> wayPoints.put(e, ids.stream().map(middle::get).toList()));
        return new Placement(boxes, wayPoints, baseColumns, columnX, columnWidth, height);
    }

    private double height(String id) {
        return isWay(id) ? WAY_POINT_HEIGHT : NODE_HEIGHT;
    }

    private static boolean isWay(String id) {
        return id.startsWith(WAY);
    }

    static double width(TreeNode n) {
        return Math.ceil(TextWidth.of(n.label(), LABEL_SIZE, true) + 2 * PAD_X);
    }
}
