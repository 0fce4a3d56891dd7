package org.w3id.medfm.records;

import java.util.List;
import org.w3id.medfm.source.Origin;

/**
 * One list's listing of an entry (or of a base model): which list, which section, which position in that
 * section, and what the list printed for it. The seed list's printed values are the entry's own columns (title,
 * year, modality, paper, code, weights, method), as listed: its listing records only section and position. Other
 * lists' listings record what they printed, since it differs from the entry's curated facts.
 *
 * @param list the slug of a list of {@code data/lists/}
 * @param section the slug of a section of that list
 * @param position the place in the section, from 1, as the page has it
 * @param paradigm true when the list files its sections under the paradigm scheme (the seed list)
 */
public record Listing(String list, String section, int position, Printed printed, boolean paradigm,
        Origin origin) {

    /** What a list printed for a row, as printed; every part may be absent. */
    public record Printed(String name, String title, String authors, String date, String venue, List<Link> links) {
        public static final Printed NONE = new Printed(null, null, null, null, null, List.of());

        /** The paper link: the first link the list calls a paper, else the first link. */
        public String paper() {
            return links.stream().filter(l -> l.role() == LinkRole.PAPER).map(Link::url).findFirst()
                    .orElse(links.isEmpty() ? null : links.get(0).url());
        }

        public String code() {
            return links.stream().filter(l -> l.role() == LinkRole.CODE).map(Link::url).findFirst().orElse(null);
        }

        public boolean isEmpty() {
            return name == null && title == null && authors == null && date == null && venue == null && links.isEmpty();
        }
    }

    /** A link as printed: its text and address. */
    public record Link(String text, String url) {
        public LinkRole role() {
            return LinkRole.of(text);
        }
    }

    /** What a printed link points to, judged from its text. */
    public enum LinkRole {
        PAPER, CODE, OTHER;

        static LinkRole of(String text) {
            String t = text.replaceAll("[\\[\\]]", "").strip().toLowerCase(java.util.Locale.ROOT);
            if (t.equals("paper") || t.equals("pdf") || t.equals("arxiv")) {
                return PAPER;
            }
            return t.equals("code") || t.equals("github") ? CODE : OTHER;
        }
    }
}
