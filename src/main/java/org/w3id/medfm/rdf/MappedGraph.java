package org.w3id.medfm.rdf;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.w3id.medfm.source.Origin;

/**
 * The graph made from the data, with the file and line each subject IRI came from, so that a check on the
 * graph (SHACL) can point a curator back at the YAML.
 */
public record MappedGraph(Model model, Map<String, Origin> origins) {
}
