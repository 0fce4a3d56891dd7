package org.w3id.medfm.query;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What to run and how.
 *
 * @param endpoint a remote SPARQL endpoint's URL, or null to query the built graph
 * @param extraData RDF files loaded into the default graph beside ours
 * @param allowService whether SERVICE (outbound HTTP) may run
 * @param format how to print; null chooses table for SELECT/ASK and Turtle for graphs
 * @param timeout how long to wait for an endpoint's answer to begin (connecting is given
 *     {@link Endpoints#CONNECT_TIMEOUT} of it at most)
 */
public record QueryOptions(Path queryFile, String endpoint, List<Path> extraData, boolean allowService,
        ResultFormat format, Duration timeout) {
}
