package org.w3id.medfm.svg;

/**
 * How wide a label is drawn, estimated from the advance widths of Helvetica/Arial (and of Liberation Sans,
 * which has the same metrics), so that boxes fit their labels without asking a font system: the same input
 * always gives the same picture, on any machine.
 */
final class TextWidth {
    /** Advance widths of ASCII 32..126 in thousandths of an em (Helvetica's AFM). */
    private static final int[] WIDTHS = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    };
    private static final int OTHER = 640;
    private static final double BOLD = 1.1;

    private TextWidth() {
    }

    /** The width of {@code text} at {@code size} pixels, a little generous for other sans-serif fonts. */
    static double of(String text, double size, boolean bold) {
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            units += c >= 32 && c <= 126 ? WIDTHS[c - 32] : OTHER;
        }
        return units / 1000 * size * (bold ? BOLD : 1) * 1.04;
    }
}
