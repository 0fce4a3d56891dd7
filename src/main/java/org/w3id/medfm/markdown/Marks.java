package org.w3id.medfm.markdown;

/**
 * Correction marks: a rendered cell whose value departs from the list ends with a link to the page's
 * Corrections section, numbered. A reader of the page skips such links, so the page can be read back.
 */
public final class Marks {
    /** Where every mark points: GitHub's anchor of the {@code ## Corrections} heading. */
    public static final String ANCHOR = "#corrections";
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Marks() {
    }

    /** The text of mark {@code n}: the number in superscript digits. */
    public static String text(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }
}
