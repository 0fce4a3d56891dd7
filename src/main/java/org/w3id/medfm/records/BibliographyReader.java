package org.w3id.medfm.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.medfm.source.Node;
import org.w3id.medfm.source.Problems;

/**
 * Reads the bibliographic fields of an entry or a base model ({@code authors}, {@code date}, {@code publishedIn})
 * and the files of {@code data/venues/}, checking each field on its own.
 */
final class BibliographyReader {
    /** The fields this reader owns; each needs a source under {@code sources:}. */
    static final List<String> FIELDS = List.of("authors", "date", "publishedIn");
    static final Pattern ORCID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
    static final Pattern ISSN = Pattern.compile("\\d{4}-\\d{3}[\\dX]");
    private static final Set<String> AUTHOR_FIELDS = Set.of("name", "orcid");
    private static final Set<String> VENUE_FIELDS = Set.of("slug", "label", "title", "type", "url", "issn",
            "wikidata", "sources");
    private static final List<String> VENUE_SOURCED = List.of("title", "url", "issn", "wikidata");

    private final Problems problems;

    BibliographyReader(Problems problems) {
        this.problems = problems;
    }

    Publication publication(Fields f) {
        List<Author> authors = authors(f);
        PublicationDate date = date(f);
        String venue = f.matching("publishedIn", false, RecordReader.SLUG,
                "a venue's slug (a file name of venues/ without .yaml)");
        if (authors.isEmpty() && date == null && venue == null) {
            return Publication.NONE;
        }
        return new Publication(List.copyOf(authors), date, venue, f.origin("publishedIn"));
    }

    private PublicationDate date(Fields f) {
        String text = f.text("date", false);
        if (text == null) {
            return null;
        }
        PublicationDate date = PublicationDate.parse(text).orElse(null);
        if (date == null) {
            f.problem("date", "'" + text + "' is not a date written YYYY-MM-DD, YYYY-MM or YYYY (as precise as the"
                    + " source gives it)");
        } else if (date.year() < RecordReader.FIRST_YEAR) {
            f.problem("date", "'" + text + "' is before " + RecordReader.FIRST_YEAR);
            return null;
        }
        return date;
    }

    /** A list whose items are a name, or a mapping with the name and the ORCID iD a source showed. */
    private List<Author> authors(Fields f) {
        List<Node> items = f.items("authors");
        List<Author> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String field = f.name("authors[" + (i + 1) + "]");
            if (item instanceof Node.Scalar s && s.type() == Node.ScalarType.STRING && !s.text().isBlank()) {
                out.add(new Author(s.text().strip(), null, s.origin()));
            } else if (item instanceof Node.Mapping) {
                Author a = author(item, field);
                if (a != null) {
                    out.add(a);
                }
            } else {
                problems.add(item.origin(), field, "expected an author's name as the paper prints it, or"
                        + " {name: ..., orcid: ...}, found " + item.kindName());
            }
        }
        return out;
    }

    private Author author(Node item, String field) {
        Fields a = Fields.of(item, field, problems, AUTHOR_FIELDS);
        String name = a.text("name", true);
        String orcid = a.matching("orcid", false, ORCID, "an ORCID iD such as 0000-0002-1825-0097 (no URL)");
        if (orcid != null && !orcidChecksumOk(orcid)) {
            a.problem("orcid", "'" + orcid + "' has a wrong check digit; copy the iD again from its ORCID record");
            orcid = null;
        }
        a.reportUnknown();
        return name == null ? null : new Author(name, orcid, a.origin());
    }

    /** ISO 7064 MOD 11-2, the check digit of every ORCID iD. */
    static boolean orcidChecksumOk(String orcid) {
        String digits = orcid.replace("-", "");
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        char check = result == 10 ? 'X' : (char) ('0' + result);
        return digits.charAt(15) == check;
    }

    /** A venue ({@code data/venues/}); null when the root is not a mapping. */
    Venue venue(Node root, String fileSlug, RecordReader reader) {
        Fields f = Fields.of(root, "", problems, VENUE_FIELDS);
        if (f == null) {
            return null;
        }
        String slug = reader.slugOf(f, fileSlug);
        String label = f.text("label", true);
        String title = f.text("title", false);
        String typeName = f.text("type", true);
        VenueType type = null;
        if (typeName != null) {
            type = VenueType.fromYaml(typeName).orElse(null);
            if (type == null) {
                f.problem("type", "'" + typeName + "' is not a kind of venue (" + VenueType.names() + ")");
            }
        }
        String url = f.url("url", false);
        String issn = f.matching("issn", false, ISSN, "an ISSN such as 2041-1723");
        String wikidata = f.matching("wikidata", false, RecordReader.WIKIDATA, "a Wikidata item id such as Q42");
        Map<String, Evidence> sources = reader.sourcesOf(f, VENUE_SOURCED);
        f.reportUnknown();
        return new Venue(slug, f.origin("slug"), label, title, type, url, issn, wikidata, sources);
    }
}
