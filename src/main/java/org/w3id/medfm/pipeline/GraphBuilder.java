package org.w3id.medfm.pipeline;

import java.util.List;
import org.w3id.medfm.check.ShapeValidator;
import org.w3id.medfm.rdf.GraphMapper;
import org.w3id.medfm.rdf.MappedGraph;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.DataLoader;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Problem;

/** YAML to records to RDF to SHACL. Either a valid graph or a {@link DataException} with every problem. */
public final class GraphBuilder {
    private final Sources sources;

    public GraphBuilder(Sources sources) {
        this.sources = sources;
    }

    public KnowledgeGraph build() throws DataException {
        Catalog catalog = new DataLoader().load(sources.dataDir());
        MappedGraph mapped = new GraphMapper().map(catalog);
        List<Problem> problems = new ShapeValidator(sources.shapesFile()).validate(mapped);
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return new KnowledgeGraph(catalog, mapped.model());
    }
}
