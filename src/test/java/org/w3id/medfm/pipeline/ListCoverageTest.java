package org.w3id.medfm.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.DataLoader;
import org.w3id.medfm.records.Listing;
import org.w3id.medfm.records.Scheme;
import org.w3id.medfm.records.SourceList;
import org.w3id.medfm.records.Thing;

/**
 * Issue 9: every row of the covered sections of the three other lists is a listing of an entry or a base model
 * in {@code data/}, at the row's section and position, with the row's first link as its printed paper. The pages
 * are read with commonmark-java, as the lists' own Markdown; the seed list is {@link SeedCoverageTest}'s.
 */
class ListCoverageTest {
    private static final Path LISTS = Path.of("src/test/resources/lists");
    private static Catalog catalog;

    /** One row of a page: the section (by its heading and the heading above it), its place there, its paper link. */
    record Row(String parent, String heading, int position, String link, int line) {
    }

    @BeforeAll
    static void load() throws Exception {
        catalog = new DataLoader().load(Path.of("data"));
    }

    @Test
    void everyPaperBlockOfTheSurveyListIsListed() throws IOException {
        List<Row> rows = rows("survey-list", 4, false);
        assertEquals(40, rows.size());
        assertAllListed("awesome-foundation-models-in-medical-imaging", rows);
    }

    @Test
    void everyModelOfThePracticalGuidesPipelineIsListed() throws IOException {
        List<Row> rows = rows("medllms-practical-guide", 3, true).stream()
                .filter(r -> r.parent().contains("Practical Guide for Building Pipeline")).toList();
        assertEquals(57, rows.size());
        assertAllListed("medllms-practical-guide", rows);
    }

    @Test
    void everyModelOfTheHealthcareListsModelSectionsIsListed() throws IOException {
        List<Row> rows = rows("healthcare-foundation-models", 3, true).stream()
                .filter(r -> r.parent().startsWith("Large ") && r.parent().endsWith(" Models")).toList();
        assertEquals(85, rows.stream().filter(r -> r.heading().equals("Healthcare Domain")).count());
        assertEquals(79, rows.stream().filter(r -> r.heading().equals("General Domain")).count());
        assertAllListed("awesome-healthcare-foundation-models", rows);
    }

    /** The General Domain rows are base models, never entries; the Healthcare Domain rows entries or base models. */
    @Test
    void generalDomainRowsAreBaseModels() {
        for (Thing t : catalog.things()) {
            for (Listing l : t.listings()) {
                if (l.section().endsWith("-general-domain")) {
                    assertTrue(!t.isEntry(), t.slug() + " is listed under " + l.section() + " but is an entry");
                }
            }
        }
    }

    private static void assertAllListed(String listSlug, List<Row> rows) {
        SourceList list = catalog.lists().stream().filter(l -> l.slug().equals(listSlug)).findFirst().orElseThrow();
        Map<String, Listing> listings = new HashMap<>();
        Set<String> things = new HashSet<>();
        for (Thing t : catalog.things()) {
            for (Listing l : t.listingsOf(listSlug)) {
                listings.put(l.section() + " " + l.position(), l);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Row r : rows) {
            String section = section(list, r);
            Listing l = section == null ? null : listings.get(section + " " + r.position());
            if (l == null || !r.link().equals(l.printed().paper())) {
                missing.add("line " + r.line() + " (" + r.parent() + " / " + r.heading() + " #" + r.position() + "): "
                        + r.link() + (l == null ? " has no listing" : " is listed with " + l.printed().paper()));
            }
        }
        assertTrue(missing.isEmpty(), missing.size() + " rows of " + listSlug + " are not listed:\n"
                + String.join("\n", missing));
        assertEquals(rows.size(), listings.size(), "listings of " + listSlug + " that no row of the page has");
    }

    /** The list's section for a row: the concept labelled like the heading, under one labelled like its parent. */
    private static String section(SourceList list, Row r) {
        Map<String, Scheme.Concept> bySlug = new HashMap<>();
        list.sections().forEach(c -> bySlug.put(c.slug(), c));
        for (Scheme.Concept c : list.sections()) {
            Scheme.Concept parent = c.broader() == null ? null : bySlug.get(c.broader());
            if (c.label().equals(r.heading()) && parent != null && r.parent().contains(parent.label())) {
                return c.slug();
            }
        }
        return null;
    }

    /**
     * The rows of a page: bullet items (or, for the survey's paper blocks, paragraphs opening with the title in
     * bold) under headings of {@code level}, numbered from 1 per heading, each with its first link.
     */
    private static List<Row> rows(String page, int level, boolean bullets) throws IOException {
        String text = Files.readString(LISTS.resolve(page).resolve("README.md"));
        Node doc = Parser.builder().includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS).build()
                .parse(text);
        List<Row> out = new ArrayList<>();
        String parent = "";
        String heading = null;
        int position = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == level - 1) {
                parent = text(h).strip();
                heading = null;
            } else if (n instanceof Heading h && h.getLevel() == level) {
                heading = text(h).strip();
                position = 0;
            } else if (n instanceof Heading h && h.getLevel() < level - 1) {
                parent = "";
                heading = null;
            } else if (heading != null && bullets && n instanceof BulletList list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        out.add(new Row(parent, heading, ++position, firstLink(item), line(item)));
                    }
                }
            } else if (heading != null && !bullets && n instanceof Paragraph p
                    && p.getFirstChild() instanceof StrongEmphasis) {
                out.add(new Row(parent, heading, ++position, firstLink(p), line(p)));
            }
        }
        return out;
    }

    private static int line(Node n) {
        return n.getSourceSpans().isEmpty() ? 0 : n.getSourceSpans().get(0).getLineIndex() + 1;
    }

    /** The first link's address; a doubled pair of parentheses around it (a typo of the page) is dropped. */
    private static String firstLink(Node n) {
        if (n instanceof Link l) {
            String d = l.getDestination();
            return d.startsWith("(") && d.endsWith(")") ? d.substring(1, d.length() - 1) : d;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            String found = firstLink(c);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String text(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            sb.append(c instanceof Text t ? t.getLiteral() : text(c));
        }
        return sb.toString();
    }
}
