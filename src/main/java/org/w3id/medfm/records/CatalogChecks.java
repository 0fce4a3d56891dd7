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
        for (Thing t : catalog.things()) {
            derivations(t);
            t.listingIfAny().ifPresent(l -> listing(t, l));
        }
        uniqueRowsAndPapers();
        cycles();
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

    private void target(String slug, Origin origin, String field) {
        Thing target = bySlug.get(slug);
        if (target == null) {
            problems.add(origin, field, "no model with slug '" + slug + "' (add data/models/" + slug + ".yaml?)");
        } else if (!target.isModel()) {
            problems.add(origin, field, "'" + slug + "' is an entry that introduces no model");
        }
    }

    private void listing(Thing t, Listing l) {
        concept("paradigm", l.paradigm());
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

    private void concept(String scheme, Listing.Ref ref) {
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

    private void corrections(Thing t, Listing l) {
        Set<CorrectableField> seen = new HashSet<>();
        for (int i = 0; i < l.corrections().size(); i++) {
            Correction c = l.corrections().get(i);
            String prefix = "corrections[" + (i + 1) + "]";
            if (!seen.add(c.field())) {
                problems.add(c.origin(), prefix + ".field", "'" + c.field().yamlName() + "' is corrected twice");
                continue;
            }
            String current = ListedValues.current(t, c.field());
            boolean paradigm = c.field() == CorrectableField.PARADIGM;
            String expected = paradigm ? c.listed() : c.corrected();
            if (!expected.equals(current)) {
                problems.add(c.origin(), prefix + (paradigm ? ".listed" : ".corrected"), paradigm
                        ? "the entry keeps the listed paradigm, so 'listed' must be '" + current + "', not '" + expected + "'"
                        : "the entry's " + c.field().yamlName() + " is '" + current + "'; a correction's 'corrected' must equal it, not '"
                        + expected + "'");
            }
        }
    }

    private void uniqueRowsAndPapers() {
        Map<String, Thing> rows = new HashMap<>();
        Map<String, Thing> papers = new HashMap<>();
        for (Thing t : catalog.entries()) {
            Listing l = t.listing();
            if (l.paradigm() != null && l.row() > 0) {
                Thing first = rows.putIfAbsent(l.paradigm().slug() + "#" + l.row(), t);
                if (first != null) {
                    problems.add(t.origin(), "row", "row " + l.row() + " of " + l.paradigm().slug() + " is already "
                            + where(first.origin()));
                }
            }
            String listedPaper = ListedValues.listed(t, CorrectableField.PAPER);
            if (listedPaper != null) {
                Thing first = papers.putIfAbsent(listedPaper, t);
                if (first != null) {
                    problems.add(t.origin(), "paper", "the same paper link as " + where(first.origin()));
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
