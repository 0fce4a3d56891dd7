package org.w3id.medfm.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A first guess at an imported entry's label and slug from its title: the short name before a colon
 * ("Virchow: A Million-Slide ..."), a name in final brackets ("... Images (MedSAM)"), or else the title itself
 * as label and its first words as slug. The curator checks the guess; a slug must be right before the entry is
 * published, since a published slug never changes.
 */
final class ShortNames {
    private static final int MAX_NAME_WORDS = 3;
    private static final int MAX_NAME_CHARS = 30;
    private static final int SLUG_WORDS = 5;
    private static final int MAX_SLUG_CHARS = 48;
    /** Words a slug does not start with. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words a slug does not end with. */
    private static final Set<String> LINKING_WORDS = Set.of("a", "an", "the", "and", "or", "of", "for", "in", "on",
            "to", "from", "with", "via", "by", "using", "at");

    private ShortNames() {
    }

    /** The short name people would use for the work of {@code title}, or the title itself. */
    static String label(String title) {
        int colon = title.indexOf(": ");
        if (colon > 0 && isName(title.substring(0, colon))) {
            return title.substring(0, colon).strip();
        }
        int open = title.lastIndexOf('(');
        if (title.endsWith(")") && open > 0 && isName(title.substring(open + 1, title.length() - 1))) {
            return title.substring(open + 1, title.length() - 1).strip();
        }
        return title.strip();
    }

    /** A slug for {@code label} not in {@code taken}: its first words, with -2, -3, ... when needed. */
    static String slug(String label, Collection<String> taken) {
        List<String> words = new ArrayList<>(Arrays.asList(Vocabulary.slugOf(label).split("-")));
        while (words.size() > 1 && ARTICLES.contains(words.get(0))) {
            words.remove(0);
        }
        words = new ArrayList<>(words.subList(0, Math.min(SLUG_WORDS, words.size())));
        while (words.size() > 1 && LINKING_WORDS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0 && sb.length() + 1 + w.length() > MAX_SLUG_CHARS) {
                break;
            }
            sb.append(sb.length() > 0 ? "-" : "").append(w);
        }
        String base = sb.length() == 0 ? "entry" : sb.toString();
        String slug = base;
        for (int n = 2; taken.contains(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static boolean isName(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= MAX_NAME_CHARS && words(t) <= MAX_NAME_WORDS;
    }

    private static int words(String text) {
        int n = 0;
        boolean inWord = false;
        for (char c : text.toCharArray()) {
            boolean space = Character.isWhitespace(c);
            n += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return n;
    }
}
