package org.w3id.medfm.pipeline;

import org.apache.jena.rdf.model.Model;
import org.w3id.medfm.records.Catalog;

/** A built, checked graph: the records it came from and the RDF. */
public record KnowledgeGraph(Catalog catalog, Model model) {
}
