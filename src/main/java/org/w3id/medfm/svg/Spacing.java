package org.w3id.medfm.svg;

/**
 * Places the items of a column, in their order, as close as possible (least squares) to wanted heights while
 * keeping each at least its gap below the one above: with {@code z[i] = y[i] - (gap[1] + ... + gap[i])} the
 * constraint is that {@code z} never decreases, which is isotonic regression, solved exactly by pooling adjacent
 * violators.
 */
final class Spacing {
    private Spacing() {
    }

    /** {@code gaps[i]} is the least distance from item {@code i - 1} to item {@code i}; {@code gaps[0]} is unused. */
    static double[] closest(double[] wanted, double[] gaps) {
        int n = wanted.length;
        double[] offset = new double[n];
        for (int i = 1; i < n; i++) {
            offset[i] = offset[i - 1] + gaps[i];
        }
        double[] mean = new double[n];
        int[] size = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            mean[blocks] = wanted[i] - offset[i];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
                int merged = size[blocks - 2] + size[blocks - 1];
                mean[blocks - 2] = (mean[blocks - 2] * size[blocks - 2] + mean[blocks - 1] * size[blocks - 1]) / merged;
                size[blocks - 2] = merged;
                blocks--;
            }
        }
        double[] y = new double[n];
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < size[b]; k++, i++) {
                y[i] = mean[b] + offset[i];
            }
        }
        return y;
    }
}
