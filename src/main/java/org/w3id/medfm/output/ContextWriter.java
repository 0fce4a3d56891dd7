package org.w3id.medfm.output;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Compacted JSON-LD written as it streams, one node object per subject, for contexts of the shape ours has
 * (prefixes, {@code @base}, aliases of {@code @id} and {@code @type}, terms with {@code @type} {@code @id},
 * {@code @vocab} with or without a scoped {@code @vocab}, or a datatype, and {@code @set} containers): the result
 * is what JSON-LD 1.1 compaction of the node gives (keys in the order of their expanded IRIs, as Titanium's
 * ordered compaction writes them; values in the order given). A value no term fits goes under its property's
 * compact IRI, in expanded form. Used by {@link JsonLdCompactor} for graphs too large for a general compactor;
 * anything it cannot express makes {@link #supports} false, and the general one is used instead.
 */
final class ContextWriter {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String XSD_STRING = XSD + "string";
    private final JsonObject context;
    private final String base;
    /** Prefix name to IRI (simple terms whose IRI ends with '/' or '#'). */
    private final Map<String, String> prefixes = new TreeMap<>();
    /** Looked up once: each {@code Json.create...} call looks the provider up again, which costs more than the call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();
    /** IRIs compacted so far, as terms or values, up to {@link #CACHED} of each (a dump repeats most of its IRIs). */
    private final Map<String, String> vocabIris = new HashMap<>();
    private final Map<String, String> iris = new HashMap<>();
    private static final int CACHED = 100_000;
    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?[0-9]{1,15}");
    /** Term name to its definition, in the context's order. */
    private final Map<String, Term> terms = new LinkedHashMap<>();
    /** Expanded property IRI to its terms. */
    private final Map<String, List<Term>> byIri = new HashMap<>();
    private final String idKey;
    private final String typeKey;
    private final boolean supported;

    /** One term definition: its name, IRI, type mapping (null, {@code @id}, {@code @vocab} or a datatype IRI). */
    private record Term(String name, String iri, String type, boolean set, String scopedVocab) {
    }

    ContextWriter(byte[] contextDocument) {
        this.context = Json.createReader(new ByteArrayInputStream(contextDocument)).readObject().getJsonObject("@context");
        this.base = context.getString("@base", null);
        String id = "@id";
        String type = "@type";
        boolean ok = true;
        for (Map.Entry<String, JsonValue> e : context.entrySet()) {
            String name = e.getKey();
            JsonValue v = e.getValue();
            if (name.startsWith("@")) {
                ok &= name.equals("@base") || name.equals("@version");
            } else if (v instanceof JsonString s && s.getString().equals("@id")) {
                id = name;
            } else if (v instanceof JsonString s && s.getString().equals("@type")) {
                type = name;
            } else if (v instanceof JsonString s && s.getString().startsWith("@")) {
                ok = false;
            } else if (v instanceof JsonString s && !s.getString().contains(":")) {
                ok = false;
            } else if (v instanceof JsonString s && (s.getString().endsWith("/") || s.getString().endsWith("#"))
                    && s.getString().contains("://")) {
                prefixes.put(name, s.getString());
            } else if (v instanceof JsonString) {
                addTerm(new Term(name, null, null, false, null), ((JsonString) v).getString());
            } else if (v instanceof JsonObject o) {
                ok &= o.keySet().stream().allMatch(k -> k.equals("@id") || k.equals("@type") || k.equals("@container")
                        || k.equals("@context"));
                ok &= !o.containsKey("@container") || o.getString("@container", "").equals("@set");
                JsonObject scoped = o.containsKey("@context") ? o.getJsonObject("@context") : null;
                ok &= scoped == null || scoped.keySet().equals(java.util.Set.of("@vocab"));
                addTerm(new Term(name, null, o.getString("@type", null), o.containsKey("@container"),
                        scoped == null ? null : scoped.getString("@vocab")), o.getString("@id"));
            } else {
                ok = false;
            }
        }
        this.idKey = id;
        this.typeKey = type;
        this.supported = ok;
    }

    private void addTerm(Term t, String compactIri) {
        String iri = expand(compactIri);
        String type = t.type() == null || t.type().startsWith("@") ? t.type() : expand(t.type());
        Term full = new Term(t.name(), iri, type, t.set(), t.scopedVocab());
        terms.put(t.name(), full);
        byIri.computeIfAbsent(iri, k -> new ArrayList<>()).add(full);
    }

    /** Whether this writer can express every term of the context. */
    boolean supports() {
        return supported;
    }

    /** The context's {@code @context} value, to embed. */
    JsonObject context() {
        return context;
    }

    private String expand(String compact) {
        int colon = compact.indexOf(':');
        if (colon > 0 && prefixes.containsKey(compact.substring(0, colon)) && !compact.startsWith("//", colon + 1)) {
            return prefixes.get(compact.substring(0, colon)) + compact.substring(colon + 1);
        }
        return compact;
    }

    /** Writes the node of {@code subject}, whose triples are {@code triples} (in N-Triples line order). */
    void writeNode(JsonGenerator out, Node subject, List<Triple> triples) {
        out.write(node(subject, triples));
    }

    JsonObject node(Node subject, List<Triple> triples) {
        JsonObjectBuilder node = JSON.createObjectBuilder();
        node.add(idKey, subject.isBlank() ? "_:" + subject.getBlankNodeLabel() : compactIri(subject.getURI(), false));
        List<String> types = new ArrayList<>();
        Map<String, List<Triple>> byProperty = new TreeMap<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(RDF.type.asNode()) && !t.getObject().isLiteral()) {
                types.add(t.getObject().isBlank() ? "_:" + t.getObject().getBlankNodeLabel()
                        : compactIri(t.getObject().getURI(), true));
            } else {
                byProperty.computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>()).add(t);
            }
        }
        if (types.size() == 1) {
            node.add(typeKey, types.get(0));
        } else if (!types.isEmpty()) {
            JsonArrayBuilder a = JSON.createArrayBuilder();
            types.forEach(a::add);
            node.add(typeKey, a);
        }
        byProperty.forEach((property, values) -> property(node, property, values));
        return node.build();
    }

    /** The values of one property, each under the term that fits it, or else under the property's compact IRI. */
    private void property(JsonObjectBuilder node, String property, List<Triple> values) {
        Map<String, List<JsonValue>> byKey = new LinkedHashMap<>();
        Map<String, Boolean> asSet = new HashMap<>();
        for (Triple t : values) {
            Node o = t.getObject();
            Optional<Term> term = byIri.getOrDefault(property, List.of()).stream().filter(x -> fits(x, o)).findFirst();
            String key = term.map(Term::name).orElseGet(() -> compactIri(property, true));
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(term.isPresent() ? termValue(term.get(), o)
                    : expandedValue(o));
            asSet.put(key, term.map(Term::set).orElse(false));
        }
        byKey.forEach((key, list) -> {
            if (list.size() == 1 && !asSet.get(key)) {
                node.add(key, list.get(0));
            } else {
                JsonArrayBuilder a = JSON.createArrayBuilder();
                list.forEach(a::add);
                node.add(key, a);
            }
        });
    }

    private static boolean fits(Term term, Node o) {
        if (term.type() == null) {
            return true;
        }
        if (term.type().equals("@id") || term.type().equals("@vocab")) {
            return !o.isLiteral();
        }
        return o.isLiteral() && o.getLiteralLanguage().isEmpty() && term.type().equals(o.getLiteralDatatypeURI());
    }

    private JsonValue termValue(Term term, Node o) {
        if (o.equals(org.apache.jena.vocabulary.RDF.nil.asNode())) {
            // JSON-LD's conversion from RDF writes rdf:nil as the empty list, whatever the term (issue 9's author lists).
            return Json.createObjectBuilder().add("@list", Json.createArrayBuilder()).build();
        }
        if (term.type() != null && term.type().equals("@vocab") && o.isURI()) {
            return JSON.createValue(vocabValue(term, o.getURI()));
        }
        if (term.type() != null && term.type().equals("@id") && !o.isLiteral()) {
            return JSON.createValue(o.isBlank() ? "_:" + o.getBlankNodeLabel() : compactIri(o.getURI(), false));
        }
        if (term.type() != null && o.isLiteral()) {
            return JSON.createValue(o.getLiteralLexicalForm());
        }
        return expandedValue(o);
    }

    /** A value under a term of type {@code @vocab}: a term, the rest after the (scoped) vocabulary, or a compact IRI. */
    private String vocabValue(Term term, String iri) {
        Optional<String> exact = byIri.getOrDefault(iri, List.of()).stream().filter(ContextWriter::namesAnIri)
                .map(Term::name).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        String vocab = term.scopedVocab();
        if (vocab != null && iri.startsWith(vocab) && iri.length() > vocab.length()) {
            String rest = iri.substring(vocab.length());
            if (!terms.containsKey(rest) && !rest.contains(":")) {
                return rest;
            }
        }
        return compactIri(iri, true);
    }

    /** A value no term fits, or under a term with no type: an IRI as an object, a literal as JSON or an object. */
    private JsonValue expandedValue(Node o) {
        if (!o.isLiteral()) {
            return JSON.createObjectBuilder().add(idKey, o.isBlank() ? "_:" + o.getBlankNodeLabel()
                    : compactIri(o.getURI(), false)).build();
        }
        String lex = o.getLiteralLexicalForm();
        String dt = o.getLiteralDatatypeURI();
        if (!o.getLiteralLanguage().isEmpty()) {
            return JSON.createObjectBuilder().add("@value", lex).add("@language", o.getLiteralLanguage()).build();
        }
        if (dt == null || dt.equals(XSD_STRING)) {
            return JSON.createValue(lex);
        }
        if (dt.equals(XSD + "boolean") && (lex.equals("true") || lex.equals("false"))) {
            return lex.equals("true") ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (dt.equals(XSD + "integer") && INTEGER.matcher(lex).matches()) {
            return JSON.createValue(Long.parseLong(lex));
        }
        return JSON.createObjectBuilder().add("@value", lex).add(typeKey, compactIri(dt, true)).build();
    }

    /**
     * Whether an IRI may be written as this term: as in JSON-LD's term selection for an IRI alone (preferred type
     * values {@code @id}, {@code @none}), a term with no container and no type mapping or {@code @id}
     * ({@code "title"} for {@code dcterms:title}, {@code "code"} for {@code medfm:code}, not {@code "paradigm"}).
     */
    private static boolean namesAnIri(Term t) {
        return (t.type() == null || t.type().equals("@id")) && !t.set();
    }

    /**
     * An IRI compacted: with {@code vocab}, to a term that {@linkplain #namesAnIri names it}; then to the shortest
     * compact IRI with a prefix; then (without {@code vocab}) relative to {@code @base}; else as it is.
     */
    String compactIri(String iri, boolean vocab) {
        Map<String, String> cache = vocab ? vocabIris : iris;
        String known = cache.get(iri);
        if (known != null) {
            return known;
        }
        String compact = compact(iri, vocab);
        if (cache.size() >= CACHED) {
            cache.clear();
        }
        cache.put(iri, compact);
        return compact;
    }

    private String compact(String iri, boolean vocab) {
        if (vocab) {
            for (Term t : byIri.getOrDefault(iri, List.of())) {
                if (namesAnIri(t)) {
                    return t.name();
                }
            }
        }
        String best = null;
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            if (iri.startsWith(p.getValue()) && iri.length() > p.getValue().length()) {
                String candidate = p.getKey() + ":" + iri.substring(p.getValue().length());
                if (!terms.containsKey(candidate) && (best == null || candidate.length() < best.length()
                        || candidate.length() == best.length() && candidate.compareTo(best) < 0)) {
                    best = candidate;
                }
            }
        }
        if (best != null) {
            return best;
        }
        if (!vocab && base != null && iri.startsWith(base) && iri.length() > base.length()) {
            return iri.substring(base.length());
        }
        return iri;
    }

    /** Writes the whole document: the nodes of {@code sorted} triples, by subject, then the context. */
    void write(List<Map.Entry<String, Triple>> sorted, OutputStream out) {
        Map<String, Object> config = Map.of(JsonGenerator.PRETTY_PRINTING, true);
        // The generator closes what it writes to when it is closed; the caller owns {@code out}.
        try (JsonGenerator g = Json.createGeneratorFactory(config).createGenerator(
                org.apache.commons.io.output.CloseShieldOutputStream.wrap(out), StandardCharsets.UTF_8)) {
            g.writeStartObject();
            g.writeStartArray("@graph");
            for (List<Triple> block : bySubject(sorted)) {
                writeNode(g, block.get(0).getSubject(), block);
            }
            g.writeEnd();
            g.write("@context", context);
            g.writeEnd();
        }
    }

    /**
     * Writes the document node by node as triples come, grouped by subject (all of a subject's triples one after
     * another, as in a sorted N-Triples dump); nodes are in the order their subjects come. {@link #close} ends it.
     */
    final class Streaming implements AutoCloseable {
        private final JsonGenerator g;
        private Node subject;
        private List<Triple> triples = new ArrayList<>();

        Streaming(OutputStream out) {
            g = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(
                    org.apache.commons.io.output.CloseShieldOutputStream.wrap(out), StandardCharsets.UTF_8);
            g.writeStartObject();
            g.writeStartArray("@graph");
        }

        void triple(Triple t) {
            if (subject != null && !subject.equals(t.getSubject())) {
                flush();
            }
            subject = t.getSubject();
            triples.add(t);
        }

        private void flush() {
            if (!triples.isEmpty()) {
                writeNode(g, subject, triples);
                triples = new ArrayList<>();
            }
        }

        @Override
        public void close() {
            flush();
            g.writeEnd();
            g.write("@context", context);
            g.writeEnd();
            g.close();
        }
    }

    /** The triples grouped by subject, subjects in the order of their IRIs (as a compactor orders nodes). */
    private static List<List<Triple>> bySubject(List<Map.Entry<String, Triple>> sorted) {
        List<List<Triple>> blocks = new ArrayList<>();
        List<Triple> current = null;
        for (Map.Entry<String, Triple> e : sorted) {
            Triple t = e.getValue();
            if (current == null || !current.get(0).getSubject().equals(t.getSubject())) {
                current = new ArrayList<>();
                blocks.add(current);
            }
            current.add(t);
        }
        blocks.sort(java.util.Comparator.comparing(b -> key(b.get(0).getSubject())));
        return blocks;
    }

    private static String key(Node s) {
        return s.isBlank() ? "_:" + s.getBlankNodeLabel() : s.getURI();
    }
}
