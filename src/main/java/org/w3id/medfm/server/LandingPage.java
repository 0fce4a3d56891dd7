package org.w3id.medfm.server;

import org.w3id.medfm.query.ExampleQuery;
import java.util.ArrayList;
import java.util.List;
import org.w3id.medfm.output.DumpFormat;
import org.w3id.medfm.output.Dumps;
import org.w3id.medfm.output.Summary;

/**
 * The view of {@code /} for people: what the graph is, how many entries it has by paradigm and by modality
 * (counted by the build), the example queries that run here (federated ones cannot), and where
 * the dumps, descriptions and the family-tree picture are.
 */
public record LandingPage(long triples, long entries, long models, List<Count> paradigms, List<Count> modalities,
        List<ExampleQuery> examples, List<Dump> dumps, Dump familyTree, List<Family> families, String endpoint,
        boolean yasgui, List<ListRow> lists, List<OverlapRow> overlaps) {

    /** What one list lists: entries, base models, and how many no other list has. */
    public record ListRow(Link list, long listed, long entries, long baseModels, long onlyHere) {
    }

    /** How many things two lists both list. */
    public record OverlapRow(Link first, Link second, long shared) {
    }

    /** A base model whose family has its own picture. */
    public record Family(String label, String href, int models) {
    }

    /** How many entries a concept has. */
    public record Count(Link concept, long count) {
    }

    /** A dump to download. */
    public record Dump(String name, String href, String mediaType, long bytes) {
    }

    /** The page for a graph the build summarised as {@code summary}: nothing is counted here. */
    static LandingPage build(Summary summary, Labels labels, List<ExampleQuery> examples, Publication pub,
            String endpoint, boolean yasgui) {
        List<Dump> dumps = new ArrayList<>();
        for (DumpFormat f : DumpFormat.values()) {
            dumps.add(new Dump(f.fileName(), "/" + Publication.DUMPS + f.fileName(), f.mediaType(),
                    pub.dumps().get(f.fileName()).length()));
        }
        return new LandingPage(summary.triples(), summary.entries(), summary.models(),
                counts(summary.paradigms(), labels), counts(summary.modalities(), labels),
                examples.stream().filter(ExampleQuery::runsHere).toList(), dumps, new Dump(Dumps.FAMILY_TREE_FILE,
                        Publication.FAMILY_TREE_PATH, "image/svg+xml", pub.familyTree().length()),
                summary.families().stream().map(f -> new Family(f.label(), Publication.FAMILIES + f.slug() + ".svg",
                        f.models())).toList(), endpoint, yasgui,
                summary.lists().stream().map(l -> new ListRow(labels.link(l.iri(), l.label()), l.listed(),
                        l.entries(), l.baseModels(), l.onlyHere())).toList(),
                summary.overlaps().stream().map(o -> new OverlapRow(labels.link(o.first(), o.firstLabel()),
                        labels.link(o.second(), o.secondLabel()), o.shared())).toList());
    }

    public boolean hasLists() {
        return !lists.isEmpty();
    }

    public boolean hasOverlaps() {
        return !overlaps.isEmpty();
    }

    public String pageTitle() {
        return "An open knowledge graph of medical foundation models";
    }

    public boolean hasFamilies() {
        return !families.isEmpty();
    }

    public boolean hasExamples() {
        return !examples.isEmpty();
    }

    private static List<Count> counts(List<Summary.Count> counts, Labels labels) {
        return counts.stream().map(c -> new Count(labels.link(c.iri(), c.label()), c.count())).toList();
    }
}
