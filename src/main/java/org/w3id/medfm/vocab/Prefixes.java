package org.w3id.medfm.vocab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;

/** The one prefix map used by every output, in a fixed order so that dumps are byte-stable. */
public final class Prefixes {
    private static final Map<String, String> MAP = build();

    private Prefixes() {
    }

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("medfm", MedFM.NS);
        m.put("model", Ids.ID_SPACE + "model/");
        m.put("paradigm", Ids.ID_SPACE + "paradigm/");
        m.put("modality", Ids.ID_SPACE + "modality/");
        m.put("method", Ids.ID_SPACE + "method/");
        m.put("derivation", Ids.ID_SPACE + "derivation/");
        m.put("correction", Ids.ID_SPACE + "correction/");
        m.put("scheme", Ids.ID_SPACE + "scheme/");
        m.put("list", Ids.ID_SPACE + "list/");
        m.put("listing", Ids.ID_SPACE + "listing/");
        m.put("dataset", Ids.ID_SPACE + "dataset/");
        m.put("datasetuse", Ids.ID_SPACE + "dataset-use/");
        m.put("evidence", Ids.ID_SPACE + "evidence/");
        m.put("confidence", Ids.ID_SPACE + "confidence/");
        m.put("weightsaccess", Ids.ID_SPACE + "weights-access/");
        m.put("dataaccess", Ids.ID_SPACE + "data-access/");
        m.put("person", Ids.ID_SPACE + "person/");
        m.put("venue", Ids.ID_SPACE + "venue/");
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("schema", "http://schema.org/");
        m.put("fair4ml", MedFM.FAIR4ML);
        m.put("spdx", "http://spdx.org/licenses/");
        m.put("bibo", Vocab.BIBO);
        m.put("void", "http://rdfs.org/ns/void#");
        m.put("dcat", "http://www.w3.org/ns/dcat#");
        m.put("sd", "http://www.w3.org/ns/sparql-service-description#");
        m.put("sh", "http://www.w3.org/ns/shacl#");
        return Collections.unmodifiableMap(m);
    }

    /** Prefix to namespace, in output order. */
    public static Map<String, String> map() {
        return MAP;
    }

    /** A fresh, unlocked Jena prefix mapping holding the same prefixes. */
    public static PrefixMapping mapping() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        MAP.forEach(pm::setNsPrefix);
        return pm;
    }

    /** The prefixes as SPARQL PREFIX lines. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        MAP.forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
