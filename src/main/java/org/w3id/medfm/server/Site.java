package org.w3id.medfm.server;

import org.w3id.medfm.query.ExampleQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.medfm.output.BuildOutput;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.svg.FamilyTreeSvg;
import org.w3id.medfm.vocab.Ids;

/**
 * Everything the server's own pages and files are made from, and the pages and files themselves, each made once
 * (the data never changes while the server runs), after start-up, so that starting costs no more than Fuseki's.
 */
final class Site {
    private static final Logger LOG = LoggerFactory.getLogger(Site.class);
    private static final String PAGE_CACHE = "public, max-age=300";
    private final ServedDataset data;
    private final BuildOutput build;
    private final Sources sources;
    private final Supplier<Model> ontology;
    private final Supplier<List<ExampleQuery>> examples;
    private final Memo<Labels> labels;
    private final RdfBytes rdf;
    private final Pages pages = new Pages();
    private final Assets assets;
    private final Instant started = Instant.now();
    private volatile String base;
    private final Memo<Publication> publication;
    /** Every derivation, read once (not per page): a model's family picture is cut from it. */
    private final Memo<org.w3id.medfm.svg.FamilyTree> tree;
    private final Memo<StaticFile> landing;
    private final Memo<Map<Format, StaticFile>> ontologyFiles;
    private final Memo<Map<Format, StaticFile>> serviceDescription;
    /** Each model's family picture (or none), drawn on the first request for its page. */
    private final Map<String, Optional<String>> familySvgs = new ConcurrentHashMap<>();

    Site(ServedDataset data, BuildOutput build, Sources sources, Supplier<Model> ontology,
            Supplier<List<ExampleQuery>> examples) {
        this.data = data;
        this.build = build;
        this.sources = sources;
        this.ontology = ontology;
        this.examples = examples;
        this.labels = new Memo<>(() -> new Labels(ontology.get()));
        this.rdf = new RdfBytes(read(sources.contextFile()));
        this.assets = new Assets(started);
        publication = new Memo<>(() -> Publication.of(build, base, rdf, started));
        landing = new Memo<>(this::renderLanding);
        tree = new Memo<>(() -> data.read(org.w3id.medfm.svg.FamilyTree::of));
        ontologyFiles = new Memo<>(this::renderOntology);
        serviceDescription = new Memo<>(this::renderServiceDescription);
    }

    /** Makes the pages and files now rather than on first request; a failure here is logged and retried then. */
    void warmUp() {
        try {
            landing();
            ontology(Format.HTML);
            serviceDescription(Format.TURTLE);
        } catch (RuntimeException e) {
            LOG.warn("Could not prepare the pages in advance; they will be made on first request", e);
        }
    }

    /** Fixes the public base URL, once the port is known; every address the site publishes starts with it. */
    void bind(String baseUrl) {
        this.base = baseUrl;
    }

    String base() {
        return base;
    }

    Publication publication() {
        return publication.get();
    }

    StaticFile landing() {
        return landing.get();
    }

    StaticFile ontology(Format f) {
        return ontologyFiles.get().get(f);
    }

    StaticFile serviceDescription(Format f) {
        return serviceDescription.get().get(f);
    }

    /** The bytes of the JSON-LD context, for writers of JSON-LD. */
    byte[] context() {
        return read(sources.contextFile());
    }

    Optional<StaticFile> asset(String name) {
        return assets.get(name);
    }

    /** Whether the data says anything about {@code subject}. */
    boolean describes(Node subject) {
        return data.read(g -> g.contains(subject, Node.ANY, Node.ANY));
    }

    /** The page of {@code subject} in {@code format}. */
    StaticFile resource(Node subject, Format format, String path) {
        return data.read(g -> {
            Graph d = Describer.describe(g, subject);
            if (format == Format.HTML) {
                return html(pages.render("resource", ResourcePage.build(g, d, subject, labels.get(), path,
                        familySvg(g, subject).orElse(null))));
            }
            return StaticFile.of(rdf.write(d, format), format.contentType(), started, PAGE_CACHE);
        });
    }

    /** The family picture of {@code subject} when it is a model that has a family. */
    private Optional<String> familySvg(Graph g, Node subject) {
        String models = Ids.model("");
        if (!subject.isURI() || !subject.getURI().startsWith(models)) {
            return Optional.empty();
        }
        return familySvgs.computeIfAbsent(subject.getURI().substring(models.length()),
                slug -> FamilyTreeSvg.family(tree.get(), slug));
    }

    private StaticFile html(String page) {
        return StaticFile.text(page, "text/html;charset=utf-8", started, PAGE_CACHE);
    }

    private StaticFile renderLanding() {
        LandingPage view = LandingPage.build(build.manifest().summary(), labels.get(), examples.get(), publication(),
                base + GraphServer.ENDPOINT_PATH.substring(1), Assets.hasYasgui());
        return StaticFile.text(pages.render("landing", view), "text/html;charset=utf-8", started, "no-cache");
    }

    private Map<Format, StaticFile> renderOntology() {
        Map<Format, StaticFile> m = new EnumMap<>(Format.class);
        m.put(Format.HTML, html(pages.render("ontology", OntologyPage.build(ontology.get().getGraph(), labels.get()))));
        m.put(Format.TURTLE, StaticFile.of(read(sources.ontologyFile()), Format.TURTLE.contentType(), started,
                PAGE_CACHE));
        m.put(Format.NTRIPLES, StaticFile.of(rdf.write(ontology.get().getGraph(), Format.NTRIPLES),
                Format.NTRIPLES.contentType(), started, PAGE_CACHE));
        // Jena's writer with the ontology's own prefixes: compacting with the data's context would merge the
        // ontology's terms into the context's term names (medfm:year is also the term "year").
        ByteArrayOutputStream jsonld = new ByteArrayOutputStream();
        RDFDataMgr.write(jsonld, ontology.get(), RDFFormat.JSONLD11_PRETTY);
        m.put(Format.JSONLD, StaticFile.of(jsonld.toByteArray(), Format.JSONLD.contentType(), started, PAGE_CACHE));
        return m;
    }

    private Map<Format, StaticFile> renderServiceDescription() {
        Model sd = ServiceDescription.describe(base, build.manifest().summary().triples(), data.namedGraphSizes());
        Map<Format, StaticFile> m = new EnumMap<>(Format.class);
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, sd, RDFFormat.TURTLE_PRETTY);
        m.put(Format.TURTLE, StaticFile.of(turtle.toByteArray(), Format.TURTLE.contentType(), started, "no-cache"));
        for (Format f : new Format[] {Format.JSONLD, Format.NTRIPLES}) {
            m.put(f, StaticFile.of(rdf.write(sd.getGraph(), f), f.contentType(), started, "no-cache"));
        }
        return m;
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
