package org.w3id.medfm.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.medfm.records.CorrectableField;
import org.w3id.medfm.records.Correction;
import org.w3id.medfm.records.ListedValues;
import org.w3id.medfm.records.Listing;
import org.w3id.medfm.records.PaperId;
import org.w3id.medfm.records.PaperIdentities;
import org.w3id.medfm.records.SourceList;
import org.w3id.medfm.records.Thing;
import org.w3id.medfm.source.Problems;

/**
 * Matches the rows of one list's page to the data by paper (never by position) and works out what changes: new
 * papers become new entries; a known paper gains or updates that list's listing. A full page (the list as it
 * stands upstream) also moves every listing to the row's section and position and reports the listings whose
 * rows are gone, dropping them only when asked; a partial page (a contributor's rows) places its new listings
 * after the section's last one and moves nothing. A curator's fact is never changed: where the seed's columns
 * on the page differ from an entry, or a listing's new printed value from a correction's listed value, the
 * difference is reported and the data keeps its value.
 */
final class ListingSync {
    /** What the import will do. */
    record Plan(List<NewEntry> created, Map<Thing, List<Listing>> changed, boolean full, int known,
            List<String> differences, List<String> gone, int moved, int dropped) {
    }

    private final SourceList list;
    private final List<Thing> things;
    private final Problems problems;

    ListingSync(SourceList list, List<Thing> things, Problems problems) {
        this.list = list;
        this.things = things;
        this.problems = problems;
    }

    Plan plan(List<PageRow> rows, MarkdownImport.Mode mode, boolean dropMissing, Set<String> taken) {
        Map<PaperId, Thing> byPaper = new HashMap<>();
        for (Thing t : things) {
            PaperIdentities.of(t).forEach(id -> byPaper.putIfAbsent(id, t));
        }
        Map<Thing, List<PageRow>> known = new LinkedHashMap<>();
        Map<PaperId, List<PageRow>> fresh = new LinkedHashMap<>();
        Map<PaperId, PageRow> seen = new HashMap<>();
        for (PageRow r : rows) {
            PaperId id = PaperId.of(r.paperLink()).orElse(null);
            if (id == null) {
                continue;
            }
            PageRow first = seen.putIfAbsent(id, r);
            if (first != null && (r.seed() != null || first.section().equals(r.section()))) {
                problems.add(r.origin(), r.seed() != null ? Column.PAPER.header() : "links",
                        "the same paper as the row at line " + first.origin().line());
                continue;
            }
            Thing t = byPaper.get(id);
            if (t != null) {
                known.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
            } else {
                fresh.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
            }
        }
        boolean full = mode == MarkdownImport.Mode.FULL || mode == MarkdownImport.Mode.AUTO && coversEverySection(rows);
        return new Planner(full, dropMissing, taken).run(known, fresh);
    }

    /** A page is the full list when it has rows in every section where the data has this list's listings. */
    private boolean coversEverySection(List<PageRow> rows) {
        Set<String> onPage = new HashSet<>();
        rows.forEach(r -> onPage.add(r.section()));
        Set<String> inData = new HashSet<>();
        things.forEach(t -> t.listingsOf(list.slug()).forEach(l -> inData.add(l.section())));
        return onPage.containsAll(inData);
    }

    /** The work of one plan: positions handed out per section, and the report. */
    private final class Planner {
        private final boolean full;
        private final boolean dropMissing;
        private final Set<String> taken;
        private final Map<String, Integer> last = new HashMap<>();
        private final List<String> differences = new ArrayList<>();
        private final List<String> gone = new ArrayList<>();
        private final Map<Thing, List<Listing>> changed = new LinkedHashMap<>();
        private int moved;
        private int dropped;

        Planner(boolean full, boolean dropMissing, Set<String> taken) {
            this.full = full;
            this.dropMissing = dropMissing;
            this.taken = new HashSet<>(taken);
        }

        Plan run(Map<Thing, List<PageRow>> known, Map<PaperId, List<PageRow>> fresh) {
            startPositions(known, fresh);
            for (Map.Entry<Thing, List<PageRow>> e : known.entrySet()) {
                update(e.getKey(), e.getValue());
            }
            if (full) {
                for (Thing t : things) {
                    if (!known.containsKey(t) && !t.listingsOf(list.slug()).isEmpty()) {
                        update(t, List.of());
                    }
                }
            }
            List<NewEntry> created = new ArrayList<>();
            for (List<PageRow> rs : fresh.values()) {
                created.add(create(rs));
            }
            return new Plan(created, changed, full, known.size(), differences, gone, moved, dropped);
        }

        /** On a full page the rows' own positions count; on a partial one new rows go after each section's last. */
        private void startPositions(Map<Thing, List<PageRow>> known, Map<PaperId, List<PageRow>> fresh) {
            for (Thing t : things) {
                for (Listing l : t.listingsOf(list.slug())) {
                    if (!full) {
                        last.merge(l.section(), l.position(), Math::max);
                    }
                }
            }
            if (full) {
                known.values().forEach(rs -> rs.forEach(r -> last.merge(r.section(), r.position(), Math::max)));
                fresh.values().forEach(rs -> rs.forEach(r -> last.merge(r.section(), r.position(), Math::max)));
            }
        }

        private int place(PageRow r) {
            return full ? r.position() : last.merge(r.section(), 1, Integer::sum);
        }

        private NewEntry create(List<PageRow> rs) {
            PageRow first = rs.get(0);
            String title = first.seed() != null ? first.seed().value(CorrectableField.TITLE)
                    : first.printed().title() != null ? first.printed().title() : first.printed().name();
            String label = first.printed().name() != null ? first.printed().name() : ShortNames.label(title);
            String slug = ShortNames.slug(label, taken);
            taken.add(slug);
            List<NewEntry.Placed> placed = new ArrayList<>();
            for (PageRow r : rs) {
                placed.add(new NewEntry.Placed(r, place(r)));
            }
            return new NewEntry(placed, slug, label, list.slug());
        }

        /**
         * The thing's listings after the page: this list's follow its rows, in the place the file has them; the
         * other lists' stay as they are.
         */
        private void update(Thing t, List<PageRow> rs) {
            List<Listing> mine = t.listingsOf(list.slug());
            List<Listing> now = new ArrayList<>();
            for (int i = 0; i < rs.size(); i++) {
                PageRow r = rs.get(i);
                now.add(updated(t, i < mine.size() ? mine.get(i) : null, r));
                if (r.seed() != null) {
                    compareSeed(t, r);
                }
            }
            List<Listing> out = new ArrayList<>();
            int next = 0;
            for (Listing l : t.listings()) {
                if (!l.list().equals(list.slug())) {
                    out.add(l);
                } else if (next < now.size()) {
                    out.add(now.get(next++));
                } else {
                    gone(t, l, out);
                }
            }
            out.addAll(now.subList(next, now.size()));
            if (!out.equals(t.listings())) {
                changed.put(t, out);
            }
        }

        /** A listing of this list whose row is not on the page: kept (after the section's rows) or dropped. */
        private void gone(Thing t, Listing l, List<Listing> out) {
            if (!full) {
                out.add(l);
                return;
            }
            boolean only = t.listings().size() == 1;
            boolean drop = dropMissing && !only;
            gone.add(where(t) + ": " + list.slug() + " " + l.section() + " #" + l.position()
                    + (drop ? ": listing dropped" : only && dropMissing
                    ? ": kept, since it is the only listing (delete the file to drop the entry)" : ""));
            if (drop) {
                dropped++;
            } else {
                out.add(new Listing(l.list(), l.section(), last(l.section()), l.printed(), l.paradigm(), l.origin()));
            }
        }

        private int last(String section) {
            return last.merge(section, 1, Integer::sum);
        }

        private Listing updated(Thing t, Listing old, PageRow r) {
            if (old == null) {
                return new Listing(list.slug(), r.section(), place(r), printed(t, null, r), list.isParadigmList(),
                        r.origin());
            }
            String section = full ? r.section() : old.section();
            int position = full ? r.position() : old.position();
            if (section.equals(old.section()) && position == old.position()) {
                return new Listing(old.list(), section, position, printed(t, old, r), old.paradigm(), old.origin());
            }
            moved++;
            return new Listing(old.list(), section, position, printed(t, old, r), old.paradigm(), old.origin());
        }

        /** What the listing records as printed: the page's, unless a correction of it holds another listed value. */
        private Listing.Printed printed(Thing t, Listing old, PageRow r) {
            if (list.isParadigmList()) {
                return Listing.Printed.NONE;
            }
            Listing probe = new Listing(list.slug(), r.section(), r.position(), r.printed(), false, r.origin());
            for (Correction c : t.corrections()) {
                if (!c.listing().equals(list.slug())) {
                    continue;
                }
                String now = ListedValues.printed(t, probe, c.field());
                if (now != null && !now.equals(c.listed())) {
                    differences.add(at(r) + ": " + c.field().yamlName() + ": the page prints '" + now
                            + "'; the correction in " + t.origin().path() + " has '" + c.listed()
                            + "' as listed: kept; update the correction if the list changed");
                    return old == null ? r.printed() : old.printed();
                }
            }
            return r.printed();
        }

        /** The seed's columns as the page has them against the entry's listed values: a difference is reported. */
        private void compareSeed(Thing t, PageRow r) {
            for (CorrectableField f : CorrectableField.values()) {
                if (f == CorrectableField.PARADIGM) {
                    continue;
                }
                String page = r.seed().value(f);
                String data = ListedValues.listed(t, f);
                if (!page.equals(data)) {
                    differences.add(at(r) + ": " + Column.showing(f).header() + ": the page has '" + page
                            + "', " + t.origin().path() + " has '" + data + "' as listed: kept; edit the entry"
                            + " (and record a correction) if the page is right");
                }
            }
        }

        private String at(PageRow r) {
            return r.origin().path() + ":" + r.origin().line();
        }

        private String where(Thing t) {
            return t.origin().path();
        }
    }
}
