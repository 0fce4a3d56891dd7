package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/** The HTML pages: escaping of hostile text, the family tree, the landing page's counts and examples. */
class PagesTest {
    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";
    @RegisterExtension
    static final TestServer s = TestServer.perClass();

    /** The fixture's medsam-plus has a label and a title holding script tags. */
    @Test
    void hostileTextShowsAsText() {
        HttpResponse<String> r = s.get("/id/model/medsam-plus", "Accept", HTML);
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertFalse(body.contains("<script>alert"), "unescaped script in the page");
        assertFalse(body.contains("<b>bold</b>"));
        assertTrue(body.contains("A hostile title &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;"), body);
        assertTrue(body.contains("<title>MedSAM+ &lt;script&gt;"), body);
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self';"), "no inline script may run: " + csp);
        for (String page : new String[] {"/id/model/medsam", "/id/model/segment-anything", "/"}) {
            assertFalse(s.get(page, "Accept", HTML).body().contains("<script>alert"), page);
        }
    }

    @Test
    void theFamilyTreeShowsAncestorsAndDescendantsWithTheirKinds() {
        String medsam = s.get("/id/model/medsam", "Accept", HTML).body();
        assertTrue(medsam.matches("(?s).*Built from.*fine-tuned from.*href=\"/id/model/segment-anything\".*"), medsam);
        assertTrue(medsam.matches("(?s).*Built on it.*adapted from.*href=\"/id/model/medsam-plus\".*"), medsam);
        String sam = s.get("/id/model/segment-anything", "Accept", HTML).body();
        String built = section(sam, "entries");
        assertTrue(built.contains("/id/model/medsam\"") && built.contains("/id/model/medsam-plus\""), built);
        assertTrue(section(sam, "used-by").contains("/id/model/sam-review"), sam);
        assertTrue(sam.matches("(?s).*Built on it.*MedSAM.*<ul>.*adapted from.*MedSAM\\+.*"), "nested tree");
    }

    /** Issue 10: a page shows data sets, licences and access with the confidence and source of each. */
    @Test
    void factsShowHowTheyAreKnown() {
        String page = s.get("/id/model/medsam-plus", "Accept", HTML).body();
        String facts = section(page, "facts");
        assertTrue(facts.contains("href=\"/id/dataset/flare22\">FLARE22</a>"), facts);
        assertTrue(facts.contains("Apache License 2.0"), facts);
        assertTrue(facts.contains("href=\"/id/weights-access/gated\">gated on request</a>"), facts);
        assertTrue(facts.contains("href=\"/id/confidence/inferred\">inferred</a>"), facts);
        assertTrue(facts.contains("the README &lt;b&gt;asks&lt;/b&gt; for an e-mail"), facts);
        assertTrue(facts.matches("(?s).*class=\"disputed\".*href=\"/id/confidence/disputed\">disputed</a>.*"
                + "Against: test fixture &lt;script&gt;.*"), facts);
        assertTrue(facts.contains("50 labelled CT scans"), facts);
        assertFalse(page.contains("<script>alert('against')"), "unescaped text in the facts");
    }

    /** Issue 9: a paper's page shows its authors in order; an author's page lists their papers. */
    @Test
    void authorsInOrderAndAPersonsPapers() {
        String sam = section(s.get("/id/model/segment-anything", "Accept", HTML).body(), "bibliography");
        assertTrue(sam.matches("(?s).*<ol class=\"authors\">.*Alexander Kirillov.*Eric Mintun.*Ross Girshick.*</ol>.*"), sam);
        assertTrue(sam.contains("href=\"/id/person/piotr-dollar-segment-anything\""), sam);
        assertTrue(sam.matches("(?s).*Published 2023-04-05 in <a href=\"/id/venue/arxiv\">arXiv</a>.*"), sam);
        HttpResponse<String> person = s.get("/id/person/piotr-dollar-segment-anything", "Accept", HTML);
        assertEquals(200, person.statusCode());
        String papers = section(person.body(), "bibliography");
        assertTrue(papers.matches("(?s).*<h2>Papers</h2>.*href=\"/id/model/segment-anything\".*"), papers);
        assertTrue(person.body().contains("Piotr Dollár"), person.body());
        assertEquals(200, s.get("/id/venue/arxiv", "Accept", HTML).statusCode());
        assertEquals(404, s.get("/id/person/nobody-segment-anything", "Accept", HTML).statusCode());
        String turtle = s.get("/id/person/piotr-dollar-segment-anything", "Accept", "text/turtle").body();
        assertTrue(turtle.contains("schema:name") && turtle.contains("Piotr Doll"), turtle);
    }

    @Test
    void everyPropertyIsShownWithLinks() {
        String medsam = s.get("/id/model/medsam", "Accept", HTML).body();
        for (String expected : new String[] {"href=\"/ontology#paradigm\"", "href=\"/id/paradigm/visual-self-supervised-learning\"",
            "href=\"https://github.com/bowang-lab/MedSAM\"", "href=\"/ontology#Entry\"", "Segment Anything in Medical Images"}) {
            assertTrue(medsam.contains(expected), expected);
        }
    }

    @Test
    void theLandingPageCountsByParadigmAndModality() {
        String landing = s.get("/", "Accept", HTML).body();
        assertEquals("2", count(section(landing, "by-paradigm"), "Visual Self-Supervised Learning"));
        assertEquals("1", count(section(landing, "by-paradigm"), "Contrastive Learning"));
        assertEquals("2", count(section(landing, "by-modality"), "Multi-modal"));
        assertEquals("1", count(section(landing, "by-modality"), "Pathology"));
        assertEquals("3", count(section(landing, "by-list"), "Awesome Medical Foundation Models"));
        assertFalse(landing.contains("id=\"list-overlap\""), "one list overlaps with none");
        assertTrue(landing.contains("data-example=\"entries-by-year\""));
        assertTrue(landing.contains("href=\"/dumps/medfm.ttl\"") && landing.contains("href=\"/.well-known/void\"")
                && landing.contains("href=\"/ontology\""));
        assertTrue(landing.contains("&lt;https://w3id.org/medfm/id/model/segment-anything&gt;"), "query text escaped");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(landing.replaceAll(
                "<a [^>]*href=\"https?://[^\"]*\"", "")).find(), "the page loads nothing from elsewhere");
    }

    /**
     * A model's page embeds its family as inline SVG, unescaped in the template: the hostile label of the fixture's
     * medsam-plus must come out escaped by the SVG writer, and the page must hold no script element at all.
     */
    @Test
    void theFamilyPictureIsInlineAndEscapesHostileLabels() {
        HttpResponse<String> r = s.get("/id/model/medsam-plus", "Accept", HTML);
        String page = r.body();
        int start = page.indexOf("<svg");
        int end = page.indexOf("</svg>");
        assertTrue(start > 0 && end > start, "no inline SVG: " + page);
        assertEquals(start, page.lastIndexOf("<svg"), "one SVG per page (its ids are fixed)");
        String svg = page.substring(start, end);
        assertTrue(svg.contains("MedSAM+ &lt;script&gt;alert("), svg);
        assertTrue(svg.contains("/id/model/medsam\"") && svg.contains("/id/model/segment-anything\""), svg);
        assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains("<script"), "a script element in " + page);
        assertTrue(section(page, "family").contains("href=\"/id/model/medsam\""), "the text tree stays");
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("style-src 'self' 'unsafe-inline'"), "the SVG's own style element must apply: " + csp);
        assertTrue(s.get("/id/model/segment-anything", "Accept", HTML).body().contains("<svg"));
        assertFalse(s.get("/id/paradigm/contrastive-learning", "Accept", HTML).body().contains("<svg"),
                "only models have a family picture");
    }

    /** The fixture's medsam corrects the list's title; its page shows what the list says, what is right, why. */
    @Test
    void anEntryPageShowsItsCorrections() {
        String page = s.get("/id/model/medsam", "Accept", HTML).body();
        String table = section(page, "corrections");
        assertTrue(page.contains("<h2>Corrections of the list</h2>"), page);
        for (String expected : new String[] {"href=\"/id/correction/medsam--title\"", ">title</a>",
            "<td class=\"listed\">Segment Anything in Medical Images</td>",
            "<td class=\"corrected\">Segment Anything in Medical Images (MedSAM)</td>",
            "The list drops the model&#39;s name from the title.", "test fixture: the paper&#39;s own title page"}) {
            assertTrue(table.contains(expected), expected + " in " + table);
        }
        String correction = s.get("/id/correction/medsam--title", "Accept", HTML).body();
        assertTrue(correction.contains("Correction of the title of MedSAM"), correction);
        assertFalse(section(s.get("/id/model/sam-review", "Accept", HTML).body(), "properties").isEmpty());
        assertFalse(s.get("/id/model/sam-review", "Accept", HTML).body().contains("id=\"corrections\""));
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no #" + id);
        int end = html.indexOf("</section>", start);
        int table = html.indexOf("</table>", start);
        return html.substring(start, table > 0 && (end < 0 || table < end) ? table : end);
    }

    private static String count(String table, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "</a>.*?<td class=\"n\">(\\d+)</td>", Pattern.DOTALL)
                .matcher(table);
        assertTrue(m.find(), label + " in " + table);
        return m.group(1);
    }
}
