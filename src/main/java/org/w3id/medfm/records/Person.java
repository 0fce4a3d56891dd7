package org.w3id.medfm.records;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.medfm.source.Origin;

/**
 * A person who authored a paper, named {@code https://w3id.org/medfm/id/person/{slug}}. Two papers' authors are
 * the same person only where a source says so: an author with an ORCID iD gets one node across papers (slug
 * {@code orcid-} and the iD); every other author gets a node of their own per paper (slug from the name and the
 * paper's slug), since a shared name is no evidence of a shared person.
 */
public record Person(String slug, String name, String orcid, Origin origin) {

    /** The person nodes of one paper's authors, in the paper's order. */
    public static List<Person> of(String paperSlug, List<Author> authors) {
        List<Person> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            String base = nameSlug(a.name(), i + 1);
            String slug = a.orcid() != null ? "orcid-" + a.orcid().toLowerCase(Locale.ROOT) : base + "-" + paperSlug;
            String unique = slug;
            for (int n = 2; !used.add(unique); n++) {
                unique = slug + "-" + n;
            }
            out.add(new Person(unique, a.name(), a.orcid(), a.origin()));
        }
        return out;
    }

    /** The name in lower-case ASCII letters and digits with hyphens ("Alejandro Hernández-Cano" → alejandro-hernandez-cano). */
    static String nameSlug(String name, int position) {
        String ascii = Normalizer.normalize(fold(name), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "author-" + position : slug;
    }

    /** Letters that NFKD does not decompose into an ASCII letter and a mark. */
    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case 'ø', 'Ø' -> b.append('o');
                case 'ß' -> b.append("ss");
                case 'æ', 'Æ' -> b.append("ae");
                case 'đ', 'Đ' -> b.append('d');
                case 'ł', 'Ł' -> b.append('l');
                case 'ı' -> b.append('i');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
