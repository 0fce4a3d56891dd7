package org.w3id.medfm.records;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.medfm.source.Node;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.source.Problems;
import org.w3id.medfm.vocab.Ids;

/**
 * Turns one file's YAML tree into a typed record, checking each field on its own (type, shape, range).
 * Checks that need other files (does that slug exist?) are {@link CatalogChecks}'.
 */
final class RecordReader {
    static final Pattern ARXIV = Pattern.compile("\\d{4}\\.\\d{4,5}|[a-z-]+(\\.[A-Z]{2})?/\\d{7}");
    static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    static final Pattern HUGGINGFACE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*");
    static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
    static final Pattern SLUG = Ids.SLUG;
    static final String SLUG_SHAPE = "a slug (lower-case letters, digits and single hyphens)";
    static final int FIRST_YEAR = 1950;

    /** Identifier fields: each needs an entry under {@code sources:}. */
    static final List<String> ID_FIELDS = List.of("arxiv", "doi", "huggingface", "wikidata");
    /**
     * Fields of an entry that a list gives, and that may name a source all the same: an entry that a list
     * prints without them (a bullet with a name and a link) gets them from the paper.
     */
    static final List<String> LIST_GIVEN_FIELDS = List.of("title", "year", "modality", "paper", "code", "openWeights");
    /** Fields of a base model that need a source (the list does not give them). */
    static final List<String> MODEL_SOURCED = List.of("year", "organisation", "paper", "title", "code",
            "openWeights", "arxiv", "doi", "huggingface", "wikidata");

    private static final Set<String> ENTRY_FIELDS = Set.of("slug", "label", "title", "year", "modality",
            "method", "model", "paper", "venue", "code", "openWeights", "arxiv", "doi", "huggingface",
            "wikidata", "derivedFrom", "uses", "corrections", "sources", "listings", "codeLicence", "weights",
            "parameters", "trainedOn", "fineTunedOn", "evaluatedOn", "authors", "date", "publishedIn", "noDerivation");
    private static final Set<String> MODEL_FIELDS = Set.of("slug", "label", "title", "year", "organisation", "paper",
            "code", "openWeights", "arxiv", "doi", "huggingface", "wikidata", "derivedFrom", "sources", "listings",
            "codeLicence", "weights", "parameters", "trainedOn", "fineTunedOn", "evaluatedOn", "authors", "date",
            "publishedIn", "noDerivation");
    private static final Set<String> LISTING_FIELDS = Set.of("list", "section", "position", "name", "title",
            "authors", "date", "venue", "links");
    private static final Set<String> LINK_FIELDS = Set.of("text", "url");
    private static final Set<String> LIST_FIELDS = Set.of("slug", "label", "title", "url", "commit", "date",
            "licence", "shape", "scheme", "sections");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> DERIVATION_FIELDS = Set.of("model", "kind", "detail", "source", "confidence",
            "how", "against");
    private static final Set<String> USE_FIELDS = Set.of("model", "detail", "source", "confidence", "how", "against");
    private static final Set<String> CORRECTION_FIELDS = Set.of("listing", "field", "listed", "corrected", "source",
            "note");
    /** Fields of a data set that need a source; its modality is the curator's classification, as an entry's. */
    static final List<String> DATASET_SOURCED = List.of("title", "homepage", "access", "licence", "doi", "huggingface");
    private static final Set<String> DATASET_FIELDS = Set.of("slug", "label", "title", "homepage", "access", "licence",
            "doi", "huggingface", "modality", "sources");
    private static final Set<String> SCHEME_FIELDS = Set.of("scheme", "label", "definition", "concepts");
    private static final Set<String> CONCEPT_FIELDS = Set.of("slug", "label", "definition", "broader", "exactMatch",
            "closeMatch", "source", "confidence", "how", "against");

    private final Problems problems;
    private final Map<String, SourceList> lists;
    private final FactReader factReader;
    private final BibliographyReader bibliography;

    /** @param lists the lists of the data folder by slug, so that a listing knows whether it is the seed's */
    RecordReader(Problems problems, Map<String, SourceList> lists) {
        this.problems = problems;
        this.lists = lists;
        this.factReader = new FactReader(problems);
        this.bibliography = new BibliographyReader(problems);
    }

    private static int lastYear() {
        return Year.now().getValue() + 1;
    }

    /** A listed entry ({@code data/entries/}); null when the root is not a mapping. */
    Thing entry(Node root, String fileSlug) {
        Fields f = Fields.of(root, "", problems, ENTRY_FIELDS);
        if (f == null) {
            return null;
        }
        String slug = slug(f, fileSlug);
        movedIntoListings(f);
        boolean seed = namesParadigmList(f.items("listings"));
        List<Listing> listings = listings(f, true);
        String label = f.text("label", true);
        String title = f.text("title", true);
        Integer year = f.integer("year", seed, FIRST_YEAR, lastYear());
        EntryFacts.Ref modality = ref(f, "modality", seed);
        EntryFacts.Ref method = ref(f, "method", seed);
        Boolean isModel = f.bool("model", false);
        String paper = f.url("paper", true);
        String venue = f.text("venue", seed);
        String code = f.url("code", false);
        Thing.Curated curated = factReader.curated(f);
        Boolean openWeights = f.bool("openWeights", seed && !f.has("weights"));
        Thing.Identifiers ids = identifiers(f);
        List<Derivation> derivations = derivations(f);
        List<Use> uses = uses(f);
        List<Correction> corrections = corrections(f);
        Publication publication = bibliography.publication(f);
        Map<String, Evidence> sources = factReader.sources(f, withBibliography(ID_FIELDS), LIST_GIVEN_FIELDS);
        f.reportUnknown();
        EntryFacts facts = new EntryFacts(modality, method, venue, isModel == null || isModel, uses, corrections);
        return new Thing(slug, f.origin("slug"), label, title, year, paper, code, openWeights, null, ids,
                derivations, sources, curated, facts, listings, publication, noDerivation(f, derivations));
    }

    /** The fields the seed's rows had before listings were data get a message saying where they went. */
    private static void movedIntoListings(Fields f) {
        f.retired("paradigm", "moved into 'listings:': write the section as the seed list's listing"
                + " (- list: awesome-medical-foundation-models, section: ..., position: ...)");
        f.retired("row", "moved into 'listings:': write it as the listing's 'position'");
    }

    /** Whether a listing names the seed list, even one whose other fields are wrong. */
    private boolean namesParadigmList(List<Node> items) {
        for (Node item : items) {
            if (item instanceof Node.Mapping m && m.entries().get("list") instanceof Node.Scalar s
                    && lists.containsKey(s.text().strip()) && lists.get(s.text().strip()).isParadigmList()) {
                return true;
            }
        }
        return false;
    }

    private List<Listing> listings(Fields f, boolean required) {
        List<Node> items = f.items("listings");
        if (items.isEmpty() && required) {
            f.problem("listings", "missing; an entry is listed by at least one list (- list: ..., section: ...,"
                    + " position: ...)");
        }
        List<Listing> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Listing l = listing(items.get(i), f.name("listings[" + (i + 1) + "]"));
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    private Listing listing(Node node, String prefix) {
        Fields l = Fields.of(node, prefix, problems, LISTING_FIELDS);
        if (l == null) {
            return null;
        }
        String list = l.matching("list", true, SLUG, SLUG_SHAPE);
        String section = l.matching("section", true, SLUG, SLUG_SHAPE);
        Integer position = l.integer("position", true, 1, Integer.MAX_VALUE);
        Listing.Printed printed = new Listing.Printed(l.text("name", false), l.text("title", false),
                l.text("authors", false), l.text("date", false), l.text("venue", false), links(l));
        l.reportUnknown();
        boolean paradigm = list != null && lists.containsKey(list) && lists.get(list).isParadigmList();
        if (paradigm && !printed.isEmpty()) {
            l.problem("title", "the seed list prints the entry's own fields; record a difference as a correction,"
                    + " not as a printed value");
        }
        if (list == null || section == null || position == null) {
            return null;
        }
        return new Listing(list, section, position, printed, paradigm, l.origin("list"));
    }

    private List<Listing.Link> links(Fields l) {
        List<Listing.Link> out = new ArrayList<>();
        List<Node> items = l.items("links");
        for (int i = 0; i < items.size(); i++) {
            Fields k = Fields.of(items.get(i), l.name("links[" + (i + 1) + "]"), problems, LINK_FIELDS);
            if (k == null) {
                continue;
            }
            String text = k.text("text", true);
            String url = k.url("url", true);
            k.reportUnknown();
            if (text != null && url != null) {
                out.add(new Listing.Link(text, url));
            }
        }
        return out;
    }

    /** A list the graph follows ({@code data/lists/}); null when the root is not a mapping. */
    SourceList list(Node root, String fileSlug) {
        Fields f = Fields.of(root, "", problems, LIST_FIELDS);
        if (f == null) {
            return null;
        }
        String slug = slug(f, fileSlug);
        if (Scheme.NAMES.contains(slug)) {
            f.problem("slug", "'" + slug + "' is the name of a concept scheme; give the list another slug");
        }
        String label = f.text("label", true);
        String title = f.text("title", false);
        String url = f.url("url", true);
        String commit = f.matching("commit", false, COMMIT, "a commit id (7 to 40 hexadecimal digits)");
        String date = f.matching("date", false, DATE, "a date written YYYY-MM-DD");
        if (commit == null && date == null && !f.has("commit") && !f.has("date")) {
            f.problem("commit", "missing; say which version of the list the data follows (a commit, or a date)");
        }
        String licence = f.url("licence", true);
        String shapeName = f.text("shape", true);
        ListShape shape = null;
        if (shapeName != null) {
            shape = ListShape.fromYaml(shapeName).orElse(null);
            if (shape == null) {
                f.problem("shape", "'" + shapeName + "' is not a shape of list page (" + ListShape.names() + ")");
            }
        }
        String scheme = f.text("scheme", false);
        List<Scheme.Concept> sections = new ArrayList<>();
        List<Node> items = f.items("sections");
        for (int i = 0; i < items.size(); i++) {
            Scheme.Concept c = concept(items.get(i), "sections[" + (i + 1) + "]");
            if (c != null) {
                sections.add(c);
            }
        }
        if (scheme != null && !items.isEmpty()) {
            f.problem("sections", "give either 'scheme' (the sections are a scheme of schemes/) or 'sections', not both");
        } else if (scheme == null && items.isEmpty()) {
            f.problem("sections", "missing; list the sections the graph covers, or name their scheme with 'scheme'");
        } else if (scheme != null && !"paradigm".equals(scheme)) {
            f.problem("scheme", "'" + scheme + "': only the seed list files its rows under a scheme of schemes/"
                    + " (paradigm); give other lists their own 'sections'");
        }
        f.reportUnknown();
        return new SourceList(slug, label, title, url, commit, date, licence, shape, scheme, List.copyOf(sections),
                f.origin("slug"));
    }

    /** A base model ({@code data/models/}); null when the root is not a mapping. */
    Thing model(Node root, String fileSlug) {
        Fields f = Fields.of(root, "", problems, MODEL_FIELDS);
        if (f == null) {
            return null;
        }
        String slug = slug(f, fileSlug);
        String label = f.text("label", true);
        String title = f.text("title", false);
        Integer year = f.integer("year", false, FIRST_YEAR, lastYear());
        String organisation = f.text("organisation", false);
        String paper = f.url("paper", false);
        String code = f.url("code", false);
        Boolean openWeights = f.bool("openWeights", false);
        Thing.Curated curated = factReader.curated(f);
        Thing.Identifiers ids = identifiers(f);
        List<Derivation> derivations = derivations(f);
        List<Listing> listings = listings(f, false);
        Publication publication = bibliography.publication(f);
        Map<String, Evidence> sources = factReader.sources(f, withBibliography(MODEL_SOURCED), List.of());
        f.reportUnknown();
        return new Thing(slug, f.origin("slug"), label, title, year, paper, code, openWeights, organisation, ids,
                derivations, sources, curated, null, listings, publication, noDerivation(f, derivations));
    }

    /** A data set ({@code data/datasets/}); null when the root is not a mapping. */
    Dataset dataset(Node root, String fileSlug) {
        Fields f = Fields.of(root, "", problems, DATASET_FIELDS);
        if (f == null) {
            return null;
        }
        String slug = slug(f, fileSlug);
        String label = f.text("label", true);
        String title = f.text("title", false);
        String homepage = f.url("homepage", false);
        String accessName = f.text("access", false);
        DatasetAccess access = null;
        if (accessName != null) {
            access = DatasetAccess.fromYaml(accessName).orElse(null);
            if (access == null) {
                f.problem("access", "'" + accessName + "' is not an access mode for data (" + DatasetAccess.names() + ")");
            }
        }
        Licence licence = factReader.licence(f, "licence", false);
        String doi = f.matching("doi", false, DOI, "a DOI such as 10.13026/C2JT1Q (no https://doi.org/)");
        List<String> hf = f.textList("huggingface", HUGGINGFACE, "a Hugging Face dataset id (owner/name)");
        String modality = f.matching("modality", false, SLUG, SLUG_SHAPE);
        EntryFacts.Ref modalityRef = modality == null ? null : new EntryFacts.Ref(modality, f.origin("modality"));
        Map<String, Evidence> sources = factReader.sources(f, DATASET_SOURCED);
        f.reportUnknown();
        return new Dataset(slug, f.origin("slug"), label, title, homepage, access, licence, doi, hf, modalityRef,
                sources);
    }

    /** A venue ({@code data/venues/}); null when the root is not a mapping. */
    Venue venue(Node root, String fileSlug) {
        return bibliography.venue(root, fileSlug, this);
    }

    /** What was checked without finding what the model was built from; never beside a derivation. */
    private static String noDerivation(Fields f, List<Derivation> derivations) {
        String text = f.text("noDerivation", false);
        if (text != null && !derivations.isEmpty()) {
            f.problem("noDerivation", "the file names derivations under 'derivedFrom'; remove one of the two");
            return null;
        }
        return text;
    }

    private static List<String> withBibliography(List<String> sourced) {
        List<String> out = new ArrayList<>(sourced);
        out.addAll(BibliographyReader.FIELDS);
        return out;
    }

    String slugOf(Fields f, String fileSlug) {
        return slug(f, fileSlug);
    }

    Map<String, Evidence> sourcesOf(Fields f, List<String> needing) {
        return factReader.sources(f, needing, List.of());
    }

    /** A concept scheme ({@code data/schemes/}); null when the root is not a mapping. */
    Scheme scheme(Node root, String fileName) {
        Fields f = Fields.of(root, "", problems, SCHEME_FIELDS);
        if (f == null) {
            return null;
        }
        String name = f.text("scheme", true);
        if (name != null && !Scheme.NAMES.contains(name)) {
            f.problem("scheme", "'" + name + "' is not a scheme the graph uses (" + String.join(", ", Scheme.NAMES) + ")");
        } else if (name != null && !name.equals(fileName)) {
            f.problem("scheme", "'" + name + "' does not match the file name '" + fileName + ".yaml'");
        }
        String label = f.text("label", true);
        String definition = f.text("definition", false);
        List<Scheme.Concept> concepts = new ArrayList<>();
        List<Node> items = f.items("concepts");
        if (items.isEmpty()) {
            f.problem("concepts", "missing; a scheme needs at least one concept");
        }
        for (int i = 0; i < items.size(); i++) {
            Scheme.Concept c = concept(items.get(i), "concepts[" + (i + 1) + "]");
            if (c != null) {
                concepts.add(c);
            }
        }
        f.reportUnknown();
        return new Scheme(name, label, definition, concepts, f.origin("scheme"));
    }

    private Scheme.Concept concept(Node node, String prefix) {
        Fields f = Fields.of(node, prefix, problems, CONCEPT_FIELDS);
        if (f == null) {
            return null;
        }
        String slug = f.matching("slug", true, SLUG, SLUG_SHAPE);
        String label = f.text("label", true);
        String definition = f.text("definition", false);
        String broader = f.matching("broader", false, SLUG, SLUG_SHAPE);
        List<String> exact = iris(f, "exactMatch");
        List<String> close = iris(f, "closeMatch");
        Evidence evidence = null;
        if (f.has("source")) {
            evidence = factReader.evidence(f);
        } else if (!exact.isEmpty() || !close.isEmpty()) {
            f.problem("source", "missing; say where the exactMatch/closeMatch identifiers were checked");
        }
        f.reportUnknown();
        return new Scheme.Concept(slug, label, definition, broader, exact, close, evidence, f.origin("slug"));
    }

    private List<String> iris(Fields f, String key) {
        List<String> out = new ArrayList<>();
        List<String> texts = f.textList(key, null, "an IRI");
        for (String t : texts) {
            String why = Fields.urlProblem(t);
            if (why != null) {
                f.problem(key, "'" + t + "' is not a valid IRI: " + why);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private String slug(Fields f, String fileSlug) {
        String slug = f.matching("slug", true, SLUG, SLUG_SHAPE);
        if (!Ids.isSlug(fileSlug)) {
            problems.add(new Origin(f.origin().path(), 0), "", "the file name '" + fileSlug
                    + ".yaml' is not a slug (lower-case letters, digits and single hyphens)");
        } else if (slug != null && !slug.equals(fileSlug)) {
            f.problem("slug", "'" + slug + "' does not match the file name '" + fileSlug + ".yaml'");
        }
        return slug == null ? fileSlug : slug;
    }

    private EntryFacts.Ref ref(Fields f, String key, boolean required) {
        String text = f.text(key, required);
        if (text != null && !SLUG.matcher(text).matches()) {
            String hint = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            f.problem(key, "'" + text + "' is not " + SLUG_SHAPE + "; did you mean '" + hint + "'?");
            return null;
        }
        String slug = text;
        return slug == null ? null : new EntryFacts.Ref(slug, f.origin(key));
    }

    private Thing.Identifiers identifiers(Fields f) {
        String arxiv = f.matching("arxiv", false, ARXIV, "an arXiv id such as 2304.12306 (no version, no URL)");
        String doi = f.matching("doi", false, DOI, "a DOI such as 10.1038/s41586-023-06555-x (no https://doi.org/)");
        List<String> hf = f.textList("huggingface", HUGGINGFACE, "a Hugging Face repository id (owner/name)");
        String wikidata = f.matching("wikidata", false, WIKIDATA, "a Wikidata item id such as Q42");
        return new Thing.Identifiers(arxiv, doi, hf, wikidata);
    }

    private List<Derivation> derivations(Fields f) {
        List<Derivation> out = new ArrayList<>();
        List<Node> items = f.items("derivedFrom");
        for (int i = 0; i < items.size(); i++) {
            Fields d = Fields.of(items.get(i), f.name("derivedFrom[" + (i + 1) + "]"), problems, DERIVATION_FIELDS);
            if (d == null) {
                continue;
            }
            String base = d.matching("model", true, SLUG, SLUG_SHAPE);
            String kindName = d.text("kind", true);
            DerivationKind kind = null;
            if (kindName != null) {
                kind = DerivationKind.fromYaml(kindName).orElse(null);
                if (kind == null) {
                    d.problem("kind", "'" + kindName + "' is not a kind of derivation (" + DerivationKind.names() + ")");
                }
            }
            String detail = d.text("detail", false);
            Evidence evidence = factReader.evidence(d);
            d.reportUnknown();
            if (base != null && kind != null && evidence != null) {
                out.add(new Derivation(base, kind, detail, evidence, d.origin("model")));
            }
        }
        return out;
    }

    private List<Use> uses(Fields f) {
        List<Use> out = new ArrayList<>();
        List<Node> items = f.items("uses");
        for (int i = 0; i < items.size(); i++) {
            Fields u = Fields.of(items.get(i), f.name("uses[" + (i + 1) + "]"), problems, USE_FIELDS);
            if (u == null) {
                continue;
            }
            String model = u.matching("model", true, SLUG, SLUG_SHAPE);
            String detail = u.text("detail", false);
            Evidence evidence = factReader.evidence(u);
            u.reportUnknown();
            if (model != null && evidence != null) {
                out.add(new Use(model, detail, evidence, u.origin("model")));
            }
        }
        return out;
    }

    private List<Correction> corrections(Fields f) {
        List<Correction> out = new ArrayList<>();
        List<Node> items = f.items("corrections");
        for (int i = 0; i < items.size(); i++) {
            Fields c = Fields.of(items.get(i), f.name("corrections[" + (i + 1) + "]"), problems, CORRECTION_FIELDS);
            if (c == null) {
                continue;
            }
            String listing = c.matching("listing", true, SLUG, "the slug of the list whose listing it corrects");
            String fieldName = c.text("field", true);
            CorrectableField field = null;
            if (fieldName != null) {
                field = CorrectableField.fromYaml(fieldName).orElse(null);
                if (field == null) {
                    c.problem("field", "'" + fieldName + "' is not a field a correction can concern ("
                            + CorrectableField.names() + ")");
                }
            }
            String listed = scalarText(c, "listed");
            String corrected = scalarText(c, "corrected");
            String source = c.text("source", true);
            String note = c.text("note", false);
            c.reportUnknown();
            if (listing != null && field != null && listed != null && corrected != null && source != null) {
                if (listed.equals(corrected)) {
                    c.problem("corrected", "is the same as listed; a correction must change something");
                } else {
                    out.add(new Correction(listing, field, listed, corrected, source, note, c.origin("field")));
                }
            }
        }
        return out;
    }

    /** Listed and corrected values may be text, numbers or true/false: compare them as written. */
    private static String scalarText(Fields c, String key) {
        return c.asWritten(key, "the value as in the list (\"-\" for an empty cell)");
    }
}
