package org.w3id.medfm.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Crossing reduction for {@link Layout}: the order of the items (models and way points) in each column. It starts
 * from a depth-first walk, which keeps families together, then sweeps right and left ordering each column by the
 * mean rank of its neighbours (the barycentre heuristic of Sugiyama et al.) and swaps neighbours while that removes
 * crossings (the transposition of Gansner et al.), and keeps the order with the fewest crossings seen.
 */
final class Ordering {
    private static final int ORDER_SWEEPS = 24;

    private final List<List<String>> columns;
    private final Map<String, Integer> column;
    private final Map<String, List<String>> left;
    private final Map<String, List<String>> right;

    /** Works on {@code columns} in place; {@code left} and {@code right} are each item's neighbours one column over. */
    Ordering(List<List<String>> columns, Map<String, Integer> column, Map<String, List<String>> left,
            Map<String, List<String>> right) {
        this.columns = columns;
        this.column = column;
        this.left = left;
        this.right = right;
    }

    /** Orders the columns: a depth-first start, then barycentre sweeps with transposition, keeping the best. */
    void run() {
        depthFirst();
        List<List<String>> best = copy(columns);
        long fewest = crossings();
        for (int sweep = 0; sweep < ORDER_SWEEPS; sweep++) {
            for (int c = 1; c < columns.size(); c++) {
                sortBy(columns.get(c), ranks(), left);
            }
            for (int c = columns.size() - 2; c >= 0; c--) {
                sortBy(columns.get(c), ranks(), right);
            }
            transpose();
            long now = crossings();
            if (now < fewest) {
                fewest = now;
                best = copy(columns);
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            columns.set(c, best.get(c));
        }
    }

    /**
     * A first order that keeps families together: each column lists its items in the order a depth-first walk
     * from the leftmost items (by label) reaches them.
     */
    private void depthFirst() {
        List<String> starts = new ArrayList<>();
        columns.forEach(col -> col.stream().filter(s -> left.get(s).isEmpty()).forEach(starts::add));
        columns.forEach(List::clear);
        Set<String> seen = new HashSet<>();
        starts.forEach(s -> walk(s, seen));
    }

    private void walk(String item, Set<String> seen) {
        if (seen.add(item)) {
            columns.get(column.get(item)).add(item);
            right.get(item).forEach(r -> walk(r, seen));
        }
    }

    /** Swaps neighbours in a column while that removes crossings (the "transpose" step of Gansner et al.). */
    private void transpose() {
        boolean improved = true;
        for (int round = 0; improved && round < ORDER_SWEEPS; round++) {
            improved = false;
            Map<String, Integer> index = indexes();
            for (List<String> col : columns) {
                for (int i = 0; i + 1 < col.size(); i++) {
                    String u = col.get(i);
                    String v = col.get(i + 1);
                    if (crossings(v, u, index) < crossings(u, v, index)) {
                        col.set(i, v);
                        col.set(i + 1, u);
                        index.put(v, i);
                        index.put(u, i + 1);
                        improved = true;
                    }
                }
            }
        }
    }

    /** Crossings between the steps of {@code upper} and those of {@code lower} if {@code upper} stands above. */
    private long crossings(String upper, String lower, Map<String, Integer> index) {
        long count = 0;
        for (Map<String, List<String>> side : List.of(left, right)) {
            for (String a : side.get(upper)) {
                for (String b : side.get(lower)) {
                    count += index.get(a) > index.get(b) ? 1 : 0;
                }
            }
        }
        return count;
    }

    private Map<String, Integer> indexes() {
        Map<String, Integer> index = new HashMap<>();
        columns.forEach(col -> {
            for (int i = 0; i < col.size(); i++) {
                index.put(col.get(i), i);
            }
        });
        return index;
    }

    private static List<List<String>> copy(List<List<String>> columns) {
        List<List<String>> out = new ArrayList<>();
        columns.forEach(c -> out.add(new ArrayList<>(c)));
        return out;
    }

    /** How many pairs of one-column steps cross, over all gaps between columns. */
    private long crossings() {
        Map<String, Integer> index = indexes();
        long count = 0;
        for (List<String> col : columns) {
            List<int[]> steps = new ArrayList<>();
            for (String s : col) {
                right.get(s).forEach(r -> steps.add(new int[] {index.get(s), index.get(r)}));
            }
            for (int i = 0; i < steps.size(); i++) {
                for (int j = i + 1; j < steps.size(); j++) {
                    long a = steps.get(i)[0] - steps.get(j)[0];
                    long b = steps.get(i)[1] - steps.get(j)[1];
                    count += a * b < 0 ? 1 : 0;
                }
            }
        }
        return count;
    }

    private Map<String, Double> ranks() {
        Map<String, Double> rank = new HashMap<>();
        for (List<String> col : columns) {
            for (int i = 0; i < col.size(); i++) {
                rank.put(col.get(i), (i + 0.5) / col.size());
            }
        }
        return rank;
    }

    private static void sortBy(List<String> col, Map<String, Double> rank, Map<String, List<String>> neighbours) {
        Map<String, Double> key = new HashMap<>();
        for (String s : col) {
            key.put(s, neighbours.get(s).stream().mapToDouble(rank::get).average().orElse(rank.get(s)));
        }
        col.sort(Comparator.comparing((String s) -> key.get(s)).thenComparing(rank::get));
    }
}
