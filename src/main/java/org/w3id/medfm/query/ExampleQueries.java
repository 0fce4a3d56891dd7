package org.w3id.medfm.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.Prefixes;

/**
 * The example queries of {@code queries/}, published inside the endpoint's dataset as SHACL
 * {@code sh:SPARQLExecutable} resources (the convention of the SIB and UniProt endpoints), so that a client finds
 * them by SPARQL. They live in their own named graph, {@value #GRAPH}, so that the default graph holds exactly the
 * triples of the dumps and the VoID counts stay true.
 */
public final class ExampleQueries {
    /** The named graph holding the examples; each example's IRI is this plus {@code /slug}. */
    public static final String GRAPH = Ids.BASE + "queries";
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String SCHEMA = "http://schema.org/";

    private ExampleQueries() {
    }

    /** Reads every {@code *.rq} of {@code dir} in name order; none if the folder does not exist. */
    public static List<ExampleQuery> read(Path dir) throws DataException {
        List<ExampleQuery> out = new ArrayList<>();
        for (Path file : QueryRunner.files(dir)) {
            out.add(readFile(file));
        }
        return List.copyOf(out);
    }

    /** The example query in {@code file}; one that does not parse is a {@link DataException} at its line. */
    public static ExampleQuery readFile(Path file) throws DataException {
        var query = QueryRunner.parse(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> comments = text.lines().takeWhile(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "").strip()).filter(l -> !l.isEmpty()).toList();
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - ".rq".length());
        String label = comments.isEmpty() ? slug : comments.get(0);
        String comment = comments.size() < 2 ? label : String.join(" ", comments.subList(1, comments.size()));
        return new ExampleQuery(slug, label, comment, text, query);
    }

    /**
     * The examples as RDF: one {@code sh:SPARQL…Executable} each, with the query text, label and comment, and, for
     * those that can run on this endpoint (no SERVICE), the endpoint as {@code schema:target}.
     */
    public static Model toModel(List<ExampleQuery> examples, String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.map());
        for (ExampleQuery q : examples) {
            Resource r = m.createResource(q.iri());
            r.addProperty(RDF.type, m.createResource(SH + "SPARQLExecutable"));
            r.addProperty(RDF.type, m.createResource(SH + executableClass(q)));
            r.addProperty(m.createProperty(SH, q.form().toLowerCase(Locale.ROOT)), q.text());
            r.addProperty(RDFS.label, q.label());
            r.addProperty(RDFS.comment, q.comment());
            if (q.runsHere()) {
                r.addProperty(m.createProperty(SCHEMA, "target"), m.createResource(endpoint));
            }
            r.addProperty(DCTerms.isPartOf, m.createResource(Ids.DATASET));
        }
        return m;
    }

    private static String executableClass(ExampleQuery q) {
        return switch (q.form()) {
            case "SELECT" -> "SPARQLSelectExecutable";
            case "CONSTRUCT" -> "SPARQLConstructExecutable";
            case "ASK" -> "SPARQLAskExecutable";
            default -> "SPARQLExecutable";
        };
    }
}
