package org.w3id.medfm.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;

/**
 * Fuseki's SPARQL query operation with SERVICE refused up front: 400 and a reason, before anything runs. The
 * dataset's context also switches SERVICE off ({@link ServedDataset}); should a SERVICE escape the check, the
 * engine's refusal is turned into the same 400 instead of Fuseki's 422 and its advice to enable it.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (ServiceFilter.usesService(query)) {
            ServletOps.errorBadRequest(ServiceFilter.REFUSAL);
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (QueryDeniedException e) {
            ServletOps.errorBadRequest(ServiceFilter.REFUSAL);
        }
    }
}
