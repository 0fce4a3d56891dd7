package org.w3id.medfm.records;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3id.medfm.source.Problems;

/**
 * Entries and base models are known by their paper: every paper link they have (their own, and what each
 * listing printed) and their arXiv id and DOI, normalised by {@link PaperId}. Two files with a paper in common
 * describe one work, which is an error naming both.
 */
public final class PaperIdentities {
    private final Problems problems;

    PaperIdentities(Problems problems) {
        this.problems = problems;
    }

    /** Every identity of a thing, in a stable order. */
    public static Set<PaperId> of(Thing t) {
        Set<PaperId> out = new LinkedHashSet<>();
        PaperId.of(t.paper()).ifPresent(out::add);
        if (t.ids().arxiv() != null) {
            out.add(PaperId.arxivId(t.ids().arxiv()));
        }
        if (t.ids().doi() != null) {
            out.add(PaperId.doiOf(t.ids().doi()));
        }
        for (Listing l : t.listings()) {
            if (!l.paradigm() && correctsPaper(t, l)) {
                continue;
            }
            String printed = l.paradigm() ? ListedValues.listed(t, CorrectableField.PAPER) : l.printed().paper();
            PaperId.of(printed).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Whether a correction says the paper link a list printed for this entry is wrong (the list printed another
     * work's link): then that link is no identity of the entry.
     */
    private static boolean correctsPaper(Thing t, Listing l) {
        return t.corrections().stream().anyMatch(c -> c.field() == CorrectableField.PAPER && c.listing().equals(l.list()));
    }

    void check(List<Thing> things) {
        Map<PaperId, Thing> owner = new TreeMap<>();
        for (Thing t : things) {
            for (PaperId id : of(t)) {
                Thing first = owner.putIfAbsent(id, t);
                if (first != null && first != t) {
                    problems.add(t.origin(), "paper", "the same paper (" + id + ") as " + first.origin().path()
                            + "; one work is one file: merge the two and keep both listings");
                }
            }
        }
    }
}
