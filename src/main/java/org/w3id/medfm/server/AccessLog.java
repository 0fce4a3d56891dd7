package org.w3id.medfm.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request to the server's own paths (pages, dumps, VoID): method, path, status, bytes. Requests
 * to the SPARQL endpoint are logged by Fuseki itself, with the query, so they are left out here.
 */
final class AccessLog implements RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.medfm.server.access");

    @Override
    public void log(Request request, Response response) {
        String path = request.getHttpURI().getPath();
        if (!LOG.isInfoEnabled() || path == null || path.startsWith(GraphServer.ENDPOINT_PATH)) {
            return;
        }
        LOG.info("{} {} {} {}B", request.getMethod(), path, response.getStatus(),
                Response.getContentBytesWritten(response));
    }
}
