package org.w3id.medfm.records;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.medfm.source.Node;
import org.w3id.medfm.source.Problems;

/**
 * Reads the curated facts that carry their own evidence: licences of code and weights, access to weights,
 * parameter counts, the data sets a model was trained or evaluated on, data-set files, and the {@code sources:}
 * of identifiers. Every such fact says how it is known ({@code confidence:} beside its {@code source:}).
 */
final class FactReader {
    static final Set<String> EVIDENCE_FIELDS = Set.of("source", "confidence", "how", "against");
    static final List<String> FACT_FIELDS = List.of("codeLicence", "weights", "parameters", "trainedOn",
            "fineTunedOn", "evaluatedOn");
    private static final Set<String> CODE_LICENCE_FIELDS = with(EVIDENCE_FIELDS, "licence");
    private static final Set<String> WEIGHTS_FIELDS = with(EVIDENCE_FIELDS, "access", "licence");
    private static final Set<String> PARAMETER_FIELDS = with(EVIDENCE_FIELDS, "value", "detail");
    private static final Set<String> USE_FIELDS = with(EVIDENCE_FIELDS, "dataset", "detail");
    private static final BigInteger MAX_PARAMETERS = BigInteger.TEN.pow(15);

    private final Problems problems;

    FactReader(Problems problems) {
        this.problems = problems;
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> s = new HashSet<>(base);
        s.addAll(List.of(more));
        return Set.copyOf(s);
    }

    /** The facts of an entry or a model file; absent ones are null or empty. */
    Thing.Curated curated(Fields f) {
        return new Thing.Curated(codeLicence(f), weights(f), parameters(f), datasetUses(f));
    }

    /** Source, confidence, and what the confidence needs beside it, from a mapping that holds them. */
    Evidence evidence(Fields f) {
        String source = f.text("source", true);
        String how = f.text("how", false);
        String against = f.text("against", false);
        Confidence confidence = null;
        boolean given = f.has("confidence");
        String name = given ? f.text("confidence", false) : null;
        if (name != null) {
            confidence = Confidence.fromYaml(name).orElse(null);
            if (confidence == null) {
                f.problem("confidence", "'" + name + "' is not a confidence; write stated (the source says it),"
                        + " inferred (add 'how:', what it was read from) or disputed (add 'against:', who says otherwise)");
                return null;
            }
        } else {
            problems.add(given ? f.origin("confidence") : f.origin("source"), f.name("confidence"), "missing; say how"
                    + " this is known: stated (the source says it), inferred (add 'how:') or disputed (add 'against:')");
            return null;
        }
        if (confidence == Confidence.INFERRED && how == null) {
            f.problem("confidence", "an inferred fact says what it was inferred from: add 'how:' (the code, config or"
                    + " context read)");
        }
        if (confidence == Confidence.DISPUTED && against == null) {
            f.problem("confidence", "a disputed fact gives both sides: add 'against:' with the source that says"
                    + " otherwise and what it says");
        }
        if (against != null && confidence != null && confidence != Confidence.DISPUTED) {
            f.problem("against", "only a disputed fact has 'against:' (this one is " + confidence.slug() + ")");
        }
        if (source == null) {
            return null;
        }
        return new Evidence(source, confidence, how, against, f.origin("source"));
    }

    /** A licence written as an SPDX id, the address of its text, or {@code not-stated}. */
    Licence licence(Fields f, String key, boolean required) {
        String text = f.text(key, required);
        if (text == null) {
            return null;
        }
        if (text.equals(Licence.NOT_STATED)) {
            return Licence.notStated();
        }
        if (text.startsWith("http://") || text.startsWith("https://")) {
            String why = Fields.urlProblem(text);
            if (why != null) {
                f.problem(key, "'" + text + "' is not a valid URL: " + why);
                return null;
            }
            return new Licence(text, text, Licence.Kind.URL);
        }
        return Licences.spdx(text).orElseGet(() -> {
            f.problem(key, "'" + text + "' is not an SPDX licence id known here (" + Licences.ids()
                    + "); give the address of the licence's text instead, or not-stated");
            return null;
        });
    }

    private Licensing codeLicence(Fields f) {
        Fields c = f.mapping("codeLicence", CODE_LICENCE_FIELDS);
        if (c == null) {
            return null;
        }
        Licence licence = licence(c, "licence", true);
        Evidence evidence = evidence(c);
        c.reportUnknown();
        return licence == null || evidence == null ? null : new Licensing(licence, evidence);
    }

    private WeightsRelease weights(Fields f) {
        Fields w = f.mapping("weights", WEIGHTS_FIELDS);
        if (w == null) {
            return null;
        }
        String name = w.text("access", true);
        WeightsAccess access = null;
        if (name != null) {
            access = WeightsAccess.fromYaml(name).orElse(null);
            if (access == null) {
                w.problem("access", "'" + name + "' is not an access mode for weights (" + WeightsAccess.names() + ")");
            }
        }
        Licence licence = licence(w, "licence", true);
        Evidence evidence = evidence(w);
        w.reportUnknown();
        return access == null || licence == null || evidence == null ? null
                : new WeightsRelease(access, licence, evidence);
    }

    private ParameterCount parameters(Fields f) {
        Fields p = f.mapping("parameters", PARAMETER_FIELDS);
        if (p == null) {
            return null;
        }
        BigInteger value = count(p);
        String detail = p.text("detail", false);
        Evidence evidence = evidence(p);
        p.reportUnknown();
        return value == null || evidence == null ? null : new ParameterCount(value, detail, evidence);
    }

    /** A positive whole number, written plainly (7000000000, 7_000_000_000) or with an exponent (7e9). */
    private BigInteger count(Fields p) {
        String text = p.asWritten("value", "the number of parameters, such as 7e9");
        if (text == null) {
            return null;
        }
        try {
            BigInteger v = new BigDecimal(text.replace("_", "")).toBigIntegerExact();
            if (v.signum() > 0 && v.compareTo(MAX_PARAMETERS) < 0) {
                return v;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        p.problem("value", "'" + text + "' is not a number of parameters: write a positive whole number such as"
                + " 7e9 or 340_000_000");
        return null;
    }

    private List<DatasetUse> datasetUses(Fields f) {
        List<DatasetUse> out = new ArrayList<>();
        for (DataRole role : DataRole.values()) {
            List<Node> items = f.items(role.yamlName());
            for (int i = 0; i < items.size(); i++) {
                Fields u = Fields.of(items.get(i), f.name(role.yamlName() + "[" + (i + 1) + "]"), problems, USE_FIELDS);
                if (u == null) {
                    continue;
                }
                String dataset = u.matching("dataset", true, RecordReader.SLUG, RecordReader.SLUG_SHAPE);
                String detail = u.text("detail", false);
                Evidence evidence = evidence(u);
                u.reportUnknown();
                if (dataset != null && evidence != null) {
                    out.add(new DatasetUse(role, dataset, detail, evidence, role.yamlName() + "[" + (i + 1) + "]",
                            u.origin("dataset")));
                }
            }
        }
        return out;
    }

    /**
     * The {@code sources:} of a file: for each field that needs one, its source and confidence. Each is a mapping
     * ({@code {source: ..., confidence: stated}}); every field in {@code needing} that the file has must have one,
     * and a field in {@code optional} (one a list gives, checked again elsewhere) may have one.
     */
    Map<String, Evidence> sources(Fields f, List<String> needing) {
        return sources(f, needing, List.of());
    }

    Map<String, Evidence> sources(Fields f, List<String> needing, List<String> optional) {
        Map<String, Evidence> out = new LinkedHashMap<>();
        List<String> known = new ArrayList<>(needing);
        optional.stream().filter(k -> !known.contains(k)).forEach(known::add);
        Fields s = f.mapping("sources", Set.copyOf(known));
        List<String> given = s == null ? List.of() : s.keys();
        for (String key : given) {
            if (!known.contains(key)) {
                s.problem(key, "no such field needs a source here (" + String.join(", ", known) + ")");
            } else if (!f.has(key)) {
                s.problem(key, "a source for a field the file does not have");
            } else {
                Evidence e = sourceOf(s, key, s.node(key));
                if (e != null) {
                    out.put(key, e);
                }
            }
        }
        for (String key : needing) {
            if (f.has(key) && !given.contains(key)) {
                f.problem(key, "no source given; add one under 'sources:' saying where this was checked and how sure it"
                        + " is: {source: ..., confidence: stated}");
            }
        }
        return out;
    }

    private Evidence sourceOf(Fields s, String key, Node n) {
        if (!(n instanceof Node.Mapping)) {
            s.problem(key, "say where this was checked and how sure it is: write {source: \"...\", confidence: stated}"
                    + " (or inferred with 'how:', or disputed with 'against:')");
            return null;
        }
        Fields e = s.mapping(key, EVIDENCE_FIELDS);
        Evidence evidence = evidence(e);
        e.reportUnknown();
        return evidence;
    }
}
