package org.w3id.medfm.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3id.medfm.TestData;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.KnowledgeGraph;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.records.Derivation;
import org.w3id.medfm.records.Thing;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.MedFM;

/**
 * The family-tree picture: well-formed XML (read by the JDK's parser), every derivation of the data drawn as a
 * link of its kind, SAM's and LLaMA's families there, each model a link to its page, and the same bytes each time.
 */
class FamilyTreeSvgTest {
    static KnowledgeGraph kg;
    static String svg;
    static Document doc;

    @TempDir
    Path tmp;

    @BeforeAll
    static void draw() throws Exception {
        kg = new GraphBuilder(Sources.defaults()).build();
        svg = FamilyTreeSvg.whole(kg.model().getGraph());
        doc = parse(svg);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void isAnSvgDocument() {
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(FamilyTreeSvg.SVG, root.getNamespaceURI());
        assertFalse(root.getAttribute("viewBox").isEmpty());
    }

    @Test
    void everyDerivationAndUseIsALinkOfItsKind() {
        Set<String> drawn = links(doc);
        Set<String> expected = new HashSet<>();
        for (Thing t : kg.catalog().things()) {
            for (Derivation d : t.derivedFrom()) {
                expected.add(d.base() + " -> " + t.slug() + " " + EdgeKind.of(d.kind()).id());
            }
            t.factsIfAny().ifPresent(l -> l.uses().forEach(u -> expected.add(u.model() + " -> " + t.slug() + " uses")));
        }
        assertEquals(expected, drawn);
    }

    @Test
    void samAndLlamaFamiliesAreThere() {
        Set<String> models = models(doc);
        assertTrue(models.containsAll(List.of("segment-anything", "medsam", "samed", "sam-med2d", "autosam",
                "medical-sam-adapter", "llama", "vicuna", "llava", "llava-med", "pmc-llama", "chatdoctor")), models.toString());
        Set<String> links = links(doc);
        assertTrue(links.contains("segment-anything -> medsam fine-tuning"), links.toString());
        assertTrue(links.contains("llama -> vicuna fine-tuning"), links.toString());
        assertTrue(links.contains("llava -> llava-med continued-pretraining")
                || links.stream().anyMatch(l -> l.startsWith("llava -> llava-med ")), links.toString());
    }

    @Test
    void eachModelLinksToItsPage() {
        NodeList anchors = doc.getElementsByTagNameNS(FamilyTreeSvg.SVG, "a");
        assertTrue(anchors.getLength() > 0);
        for (int i = 0; i < anchors.getLength(); i++) {
            Element a = (Element) anchors.item(i);
            String slug = a.getAttribute("data-slug");
            assertEquals("/id/model/" + slug, a.getAttribute("href"));
            assertEquals("/id/model/" + slug, a.getAttributeNS(FamilyTreeSvg.XLINK, "href"));
            assertTrue(Ids.isSlug(slug), slug);
        }
    }

    @Test
    void theSameGraphGivesTheSameBytes() throws Exception {
        KnowledgeGraph again = new GraphBuilder(Sources.defaults()).build();
        assertEquals(svg, FamilyTreeSvg.whole(again.model().getGraph()));
    }

    @Test
    void aFamilyIsTheAncestorsAndTheDescendants() throws Exception {
        Graph g = kg.model().getGraph();
        FamilyTree llava = FamilyTree.of(g).familyOf("llava").orElseThrow();
        Set<String> slugs = new HashSet<>(llava.nodes().stream().map(TreeNode::slug).toList());
        assertTrue(slugs.containsAll(List.of("llava", "vicuna", "llama", "llava-med")), slugs.toString());
        assertFalse(slugs.contains("segment-anything"));
        assertFalse(slugs.contains("pmc-llama"), "a sibling branch of LLaMA's is not LLaVA's family");
        Document sam = parse(FamilyTreeSvg.family(g, "segment-anything").orElseThrow());
        assertTrue(models(sam).containsAll(List.of("segment-anything", "medsam", "samed")));
        assertFalse(models(sam).contains("llama"));
        NodeList anchors = sam.getElementsByTagNameNS(FamilyTreeSvg.SVG, "a");
        long focused = 0;
        for (int i = 0; i < anchors.getLength(); i++) {
            focused += ((Element) anchors.item(i)).getAttribute("class").contains("focus") ? 1 : 0;
        }
        assertEquals(1, focused, "the model whose family it is stands out");
        assertTrue(FamilyTreeSvg.family(g, "no-such-model").isEmpty());
    }

    @Test
    void labelsAreEscapedText() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        Resource base = m.createResource(Ids.model("base")).addProperty(RDFS.label, "A <base> & \"friends\"");
        m.createResource(Ids.model("child")).addProperty(RDF.type, MedFM.Entry).addProperty(RDFS.label, "Child's </svg>")
                .addProperty(MedFM.derivedFrom, base).addProperty(MedFM.fineTunedFrom, base);
        Document d = parse(FamilyTreeSvg.whole(m.getGraph()));
        NodeList texts = d.getElementsByTagNameNS(FamilyTreeSvg.SVG, "text");
        Set<String> shown = new HashSet<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent());
        }
        assertTrue(shown.containsAll(List.of("A <base> & \"friends\"", "Child's </svg>")), shown.toString());
    }

    @Test
    void theBuildWritesIt() throws Exception {
        TestData.Run run = TestData.run("build", "--out", tmp.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains(tmp.resolve("family-tree.svg").toString()), run.out());
        assertEquals(svg, Files.readString(tmp.resolve("family-tree.svg")));
    }

    /** Every link drawn, as "base -> derived kind". */
    static Set<String> links(Document d) {
        Set<String> out = new HashSet<>();
        NodeList paths = d.getElementsByTagNameNS(FamilyTreeSvg.SVG, "path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (p.hasAttribute("data-base")) {
                out.add(p.getAttribute("data-base") + " -> " + p.getAttribute("data-derived") + " "
                        + p.getAttribute("data-kind"));
            }
        }
        return out;
    }

    /** Every model drawn, by slug. */
    static Set<String> models(Document d) {
        Set<String> out = new HashSet<>();
        NodeList anchors = d.getElementsByTagNameNS(FamilyTreeSvg.SVG, "a");
        for (int i = 0; i < anchors.getLength(); i++) {
            out.add(((Element) anchors.item(i)).getAttribute("data-slug"));
        }
        return out;
    }
}
