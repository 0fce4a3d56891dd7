package org.w3id.medfm.records;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.source.Problems;

/** Checks that need more than one file: slugs unique, references resolvable, no derivation cycles. */
final class CatalogChecks {
    private final Catalog catalog;
    private final java.nio.file.Path dataDir;
    private final Problems problems;
    private final Map<String, Thing> bySlug = new LinkedHashMap<>();

    CatalogChecks(Catalog catalog, java.nio.file.Path dataDir, Problems problems) {
        this.catalog = catalog;
        this.dataDir = dataDir;
        this.problems = problems;
    }

    void run() {
        uniqueSlugs();
        schemes();
        lists();
        Set<String> datasets = datasets();
        for (Thing t : catalog.things()) {
            derivations(t);
            curated(t, datasets);
            listings(t);
            t.factsIfAny().ifPresent(f -> facts(t, f));
        }
        uniquePositions();
        new PaperIdentities(problems).check(catalog.things());
        cycles();
        venues();
    }

    /** Every {@code publishedIn} names a venue of {@code venues/}. */
    private void venues() {
        Set<String> known = catalog.venues().stream().map(Venue::slug).collect(Collectors.toSet());
        for (Thing t : catalog.things()) {
            String v = t.publication().venue();
            if (v != null && !known.contains(v)) {
                problems.add(t.publication().venueOrigin(), "publishedIn", "no venue with slug '" + v
                        + "' (add venues/" + v + ".yaml)");
            }
        }
    }

    private void uniqueSlugs() {
        for (Thing t : catalog.things()) {
            Thing first = bySlug.putIfAbsent(t.slug(), t);
            if (first != null) {
                problems.add(t.origin(), "slug", "'" + t.slug() + "' is already used by " + where(first.origin()));
            }
        }
    }

    private void schemes() {
        for (String name : Scheme.NAMES) {
            if (catalog.scheme(name).isEmpty()) {
                problems.add(new Origin(dataDir.resolve(DataLoader.SCHEMES).resolve(name + ".yaml").toString(), 0), "", "the " + name + " scheme is missing");
            }
        }
        Set<String> seenSchemes = new HashSet<>();
        for (Scheme s : catalog.schemes()) {
            if (s.name() != null && !seenSchemes.add(s.name())) {
                problems.add(s.origin(), "scheme", "'" + s.name() + "' is defined twice");
            }
            Map<String, Scheme.Concept> concepts = new HashMap<>();
            for (Scheme.Concept c : s.concepts()) {
                if (c.slug() != null && concepts.putIfAbsent(c.slug(), c) != null) {
                    problems.add(c.origin(), "slug", "'" + c.slug() + "' appears twice in this scheme");
                }
            }
            for (Scheme.Concept c : s.concepts()) {
                if (c.broader() != null && !concepts.containsKey(c.broader())) {
                    problems.add(c.origin(), "broader", "no concept '" + c.broader() + "' in this scheme");
                }
            }
        }
    }

    private void derivations(Thing t) {
        if (!t.isModel() && !t.derivedFrom().isEmpty()) {
            problems.add(t.derivedFrom().get(0).origin(), "derivedFrom",
                    "this entry introduces no model (model: false), so nothing is derived; list the models it applies under 'uses:'");
        }
        Set<String> bases = new HashSet<>();
        for (int i = 0; i < t.derivedFrom().size(); i++) {
            Derivation d = t.derivedFrom().get(i);
            String field = "derivedFrom[" + (i + 1) + "].model";
            if (d.base().equals(t.slug())) {
                problems.add(d.origin(), field, "a model cannot be derived from itself");
            } else if (!bases.add(d.base())) {
                problems.add(d.origin(), field, "'" + d.base() + "' is named twice; give one derivation per base model");
            } else {
                target(d.base(), d.origin(), field);
            }
        }
    }

    /** Data sets: unique slugs, known modalities. Returns the slugs. */
    private Set<String> datasets() {
        Map<String, Dataset> seen = new HashMap<>();
        for (Dataset d : catalog.datasets()) {
            Dataset first = seen.putIfAbsent(d.slug(), d);
            if (first != null) {
                problems.add(d.origin(), "slug", "'" + d.slug() + "' is already used by " + where(first.origin()));
            }
            concept("modality", d.modality());
        }
        return seen.keySet();
    }

    private void curated(Thing t, Set<String> datasets) {
        Thing.Curated f = t.curated();
        if (!t.isModel()) {
            noModelFacts(t);
        }
        if (f.weights() != null && t.openWeights() != null && t.openWeights() != f.weights().access().published()) {
            problems.add(f.weights().evidence().origin(), "openWeights", "is " + t.openWeights() + ", but weights.access '"
                    + f.weights().access().slug() + "' " + (f.weights().access().published() ? "publishes" : "does not publish")
                    + " the weights; openWeights follows from the access mode, so leave it out or write "
                    + f.weights().access().published());
        }
        Set<String> seen = new HashSet<>();
        for (DatasetUse u : f.datasets()) {
            if (!datasets.contains(u.dataset())) {
                problems.add(u.origin(), u.field() + ".dataset", "no data set with slug '" + u.dataset()
                        + "' (add data/datasets/" + u.dataset() + ".yaml?)");
            } else if (!seen.add(u.role().yamlName() + " " + u.dataset())) {
                problems.add(u.origin(), u.field() + ".dataset", "'" + u.dataset() + "' is named twice under "
                        + u.role().yamlName() + "; give one item per data set");
            }
        }
    }

    /**
     * An entry that introduces no model has no size and was trained on nothing; it may say what it evaluated on,
     * and (to be explicit) that no weights of its own are released.
     */
    private void noModelFacts(Thing t) {
        if (t.curated().parameters() != null) {
            problems.add(t.curated().parameters().evidence().origin(), "parameters", "this entry introduces no model"
                    + " (model: false), so it has no parameter count; give it on the models it uses");
        }
        for (DatasetUse u : t.curated().datasets()) {
            if (u.role() != DataRole.EVALUATED_ON) {
                problems.add(u.origin(), u.field(), "this entry introduces no model (model: false), so nothing was"
                        + " trained on data; only 'evaluatedOn' can say what it was tested on");
            }
        }
    }

    private void target(String slug, Origin origin, String field) {
        Thing target = bySlug.get(slug);
        if (target == null) {
            problems.add(origin, field, "no model with slug '" + slug + "' (add data/models/" + slug + ".yaml?)");
        } else if (!target.isModel()) {
            problems.add(origin, field, "'" + slug + "' is an entry that introduces no model");
        }
    }

    private void lists() {
        Map<String, SourceList> seen = new HashMap<>();
        SourceList paradigmList = null;
        for (SourceList l : catalog.lists()) {
            SourceList first = seen.putIfAbsent(l.slug(), l);
            if (first != null) {
                problems.add(l.origin(), "slug", "'" + l.slug() + "' is already used by " + where(first.origin()));
            }
            if (l.isParadigmList() && paradigmList != null) {
                problems.add(l.origin(), "scheme", "only one list files its rows under the paradigm scheme; "
                        + where(paradigmList.origin()) + " does already");
            }
            paradigmList = l.isParadigmList() && paradigmList == null ? l : paradigmList;
            Map<String, Scheme.Concept> concepts = new HashMap<>();
            for (Scheme.Concept c : l.sections()) {
                if (c.slug() != null && concepts.putIfAbsent(c.slug(), c) != null) {
                    problems.add(c.origin(), "slug", "'" + c.slug() + "' appears twice in this list's sections");
                }
            }
            for (Scheme.Concept c : l.sections()) {
                if (c.broader() != null && !concepts.containsKey(c.broader())) {
                    problems.add(c.origin(), "broader", "no section '" + c.broader() + "' in this list");
                }
            }
        }
    }

    private void listings(Thing t) {
        Set<String> paradigmLists = new HashSet<>();
        for (int i = 0; i < t.listings().size(); i++) {
            Listing l = t.listings().get(i);
            String field = "listings[" + (i + 1) + "]";
            SourceList list = catalog.list(l.list()).orElse(null);
            if (list == null) {
                problems.add(l.origin(), field + ".list", "no list with slug '" + l.list() + "' (add data/lists/"
                        + l.list() + ".yaml?); known: " + catalog.lists().stream().map(SourceList::slug)
                        .collect(Collectors.joining(", ")));
                continue;
            }
            List<Scheme.Concept> sections = catalog.sections(list);
            if (sections.stream().noneMatch(c -> l.section().equals(c.slug()))) {
                problems.add(l.origin(), field + ".section", "no section '" + l.section() + "' in the list "
                        + list.slug() + " (known: " + sections.stream().map(Scheme.Concept::slug)
                        .collect(Collectors.joining(", ")) + ")");
            }
            if (l.paradigm() && !paradigmLists.add(l.list())) {
                problems.add(l.origin(), field + ".list", "the seed list files an entry under one section only;"
                        + " this entry has a second listing of it");
            }
            if (l.paradigm() && !t.isEntry()) {
                problems.add(l.origin(), field + ".list", "a row of the seed list is an entry (data/entries/), not"
                        + " a base model");
            }
        }
    }

    private void facts(Thing t, EntryFacts l) {
        concept("modality", l.modality());
        concept("method", l.method());
        if (l.isModel() && !l.uses().isEmpty()) {
            problems.add(l.uses().get(0).origin(), "uses",
                    "only an entry that introduces no model (model: false) lists 'uses:'; a model has 'derivedFrom:'");
        }
        for (int i = 0; i < l.uses().size(); i++) {
            Use u = l.uses().get(i);
            target(u.model(), u.origin(), "uses[" + (i + 1) + "].model");
        }
        corrections(t, l);
    }

    private void concept(String scheme, EntryFacts.Ref ref) {
        if (ref == null) {
            return;
        }
        catalog.scheme(scheme).ifPresent(s -> {
            boolean known = s.concepts().stream().anyMatch(c -> ref.slug().equals(c.slug()));
            if (!known) {
                problems.add(ref.origin(), scheme, "unknown " + scheme + " '" + ref.slug() + "' (known: "
                        + s.concepts().stream().map(Scheme.Concept::slug).collect(Collectors.joining(", ")) + ")");
            }
        });
    }

    private void corrections(Thing t, EntryFacts l) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < l.corrections().size(); i++) {
            Correction c = l.corrections().get(i);
            String prefix = "corrections[" + (i + 1) + "]";
            List<Listing> named = t.listingsOf(c.listing());
            if (named.isEmpty()) {
                problems.add(c.origin(), prefix + ".listing", "this entry has no listing of the list '" + c.listing()
                        + "' (its listings: " + t.listings().stream().map(Listing::list).distinct()
                        .collect(Collectors.joining(", ")) + ")");
                continue;
            }
            if (!seen.add(c.listing() + " " + c.field())) {
                problems.add(c.origin(), prefix + ".field", "'" + c.field().yamlName() + "' of the listing by "
                        + c.listing() + " is corrected twice");
                continue;
            }
            correction(t, named.get(0), c, prefix);
        }
    }

    /** A correction's listed value is what the listing printed; its corrected value is what the entry holds. */
    private void correction(Thing t, Listing listing, Correction c, String prefix) {
        boolean paradigm = c.field() == CorrectableField.PARADIGM;
        if (!listing.paradigm()) {
            String printed = ListedValues.printed(t, listing, c.field());
            if (paradigm || printed == null) {
                problems.add(c.origin(), prefix + ".field", "the list " + c.listing() + " prints no "
                        + c.field().yamlName() + " for this entry, so there is nothing to correct");
                return;
            }
            if (!printed.equals(c.listed())) {
                problems.add(c.origin(), prefix + ".listed", "the listing by " + c.listing() + " printed '" + printed
                        + "'; a correction's 'listed' must equal it, not '" + c.listed() + "'");
            }
        }
        String current = ListedValues.current(t, c.field());
        String expected = paradigm ? c.listed() : c.corrected();
        if (!expected.equals(current)) {
            problems.add(c.origin(), prefix + (paradigm ? ".listed" : ".corrected"), paradigm
                    ? "the entry keeps the listed paradigm, so 'listed' must be '" + current + "', not '" + expected + "'"
                    : "the entry's " + c.field().yamlName() + " is '" + current + "'; a correction's 'corrected' must equal it, not '"
                    + expected + "'");
        }
    }

    /** Two listings of one list cannot stand at the same place of the same section. */
    private void uniquePositions() {
        Map<String, Thing> places = new HashMap<>();
        for (Thing t : catalog.things()) {
            for (int i = 0; i < t.listings().size(); i++) {
                Listing l = t.listings().get(i);
                Thing first = places.putIfAbsent(l.list() + " " + l.section() + " " + l.position(), t);
                if (first != null && first != t) {
                    problems.add(l.origin(), "listings[" + (i + 1) + "].position", "position " + l.position() + " of "
                            + l.section() + " in the list " + l.list() + " is already " + where(first.origin()));
                }
            }
        }
    }

    /** Depth-first search over derivations; each cycle is reported once, at the edge that closes it. */
    private void cycles() {
        Map<String, Integer> state = new HashMap<>();
        for (Thing t : catalog.things()) {
            if (!state.containsKey(t.slug())) {
                visit(t.slug(), state, new ArrayDeque<>());
            }
        }
    }

    private void visit(String slug, Map<String, Integer> state, Deque<String> path) {
        state.put(slug, 1);
        path.addLast(slug);
        Thing t = bySlug.get(slug);
        if (t != null) {
            for (int i = 0; i < t.derivedFrom().size(); i++) {
                Derivation d = t.derivedFrom().get(i);
                Integer s = state.get(d.base());
                if (s == null && bySlug.containsKey(d.base())) {
                    visit(d.base(), state, path);
                } else if (s != null && s == 1 && !d.base().equals(slug)) {
                    List<String> cycle = new ArrayList<>(path);
                    cycle = cycle.subList(cycle.indexOf(d.base()), cycle.size());
                    problems.add(d.origin(), "derivedFrom[" + (i + 1) + "].model", "derivation cycle: "
                            + String.join(" -> ", cycle) + " -> " + d.base());
                }
            }
        }
        path.removeLast();
        state.put(slug, 2);
    }

    private static String where(Origin o) {
        return o.path() + (o.line() > 0 ? ":" + o.line() : "");
    }
}
