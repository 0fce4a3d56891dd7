package org.w3id.medfm.markdown;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.medfm.records.Scheme;

/**
 * The list's words for sections, modalities and methods, and the concept slugs they stand for. Built from the
 * schemes of a data folder; without schemes, a label is turned into a slug unchecked (and {@code validate}
 * checks it later).
 */
public final class Vocabulary {
    private final List<Scheme> schemes;

    private Vocabulary(List<Scheme> schemes) {
        this.schemes = schemes;
    }

    public static Vocabulary of(List<Scheme> schemes) {
        return new Vocabulary(List.copyOf(schemes));
    }

    /** No schemes: every label is accepted and turned into a slug. */
    public static Vocabulary unchecked() {
        return new Vocabulary(List.of());
    }

    public boolean isChecked() {
        return !schemes.isEmpty();
    }

    /** The slug of the concept of {@code scheme} whose label (or slug) is {@code text}, ignoring case. */
    public Optional<String> slug(String scheme, String text) {
        String wanted = text.strip();
        Optional<Scheme> s = scheme(scheme);
        if (s.isEmpty()) {
            String slug = slugOf(wanted);
            return isChecked() || slug.isEmpty() ? Optional.empty() : Optional.of(slug);
        }
        return s.get().concepts().stream()
                .filter(c -> wanted.equalsIgnoreCase(c.label()) || wanted.equalsIgnoreCase(c.slug()))
                .map(Scheme.Concept::slug).findFirst();
    }

    /** The label of a concept, as the list writes it; the slug itself when the scheme does not have it. */
    public String label(String scheme, String slug) {
        return scheme(scheme).flatMap(s -> s.concepts().stream().filter(c -> slug.equals(c.slug())).findFirst())
                .map(Scheme.Concept::label).orElse(slug);
    }

    /** The labels of a scheme's concepts, for messages. */
    public String labels(String scheme) {
        return scheme(scheme).map(s -> String.join(", ", s.concepts().stream().map(Scheme.Concept::label).toList()))
                .orElse("none: the " + scheme + " scheme is missing");
    }

    private Optional<Scheme> scheme(String name) {
        return schemes.stream().filter(s -> name.equals(s.name())).findFirst();
    }

    /** Lower-case ASCII letters and digits, one hyphen for every run of anything else; accents dropped. */
    static String slugOf(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (char c : plain.toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && sb.length() > 0
                    && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }
}
