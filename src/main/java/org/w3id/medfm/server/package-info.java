/**
 * Serving the graph over HTTP ({@code serve}): an embedded Fuseki with a read-only SPARQL endpoint, and around it
 * the linked-data pages, the dumps, the VoID description and a landing page for people. {@link
 * org.w3id.medfm.server.GraphServer} starts it all.
 *
 * <ul>
 * <li><b>Read-only.</b> The dataset is added with Fuseki's read-only services: SPARQL Update gets 400 or 415,
 * graph-store writes 405; no admin, upload or UI endpoints are mounted. The server's own paths answer GET and
 * HEAD only.</li>
 * <li><b>One query policy.</b> {@link org.w3id.medfm.query.QueryPolicy} decides what a query may do (length,
 * nesting, SERVICE anywhere, functions that load code), before it runs; the dataset's context switches SERVICE and
 * code loading off as well. JSON-LD is only ever written, with an embedded context; nothing remote is fetched.</li>
 * <li><b>Answers a client can trust.</b> An answer is computed whole, within its row or triple limit, before it is
 * sent: a query cut off after {@code --timeout} seconds (10 by default) gets 503, and a send that fails half-way
 * aborts the connection rather than ending the body cleanly.</li>
 * <li><b>What the endpoint holds.</b> The default graph is exactly the triples of the dumps (so the VoID counts
 * hold); the named graph {@code <https://w3id.org/medfm/queries>} holds the example queries of {@code queries/}
 * as {@code sh:SPARQLExecutable}, and {@code <https://w3id.org/medfm/ontology>} the ontology. A GET on the
 * endpoint without a query returns its SPARQL 1.1 Service Description.</li>
 * <li><b>CORS</b> for GET and POST from any origin, without credentials.</li>
 * <li><b>Pages</b> come from Mustache templates, which escape all text; HTML pages carry a Content-Security-Policy
 * that allows scripts from this server only. A model's page draws its family as inline SVG from our own writer,
 * which escapes every label; the whole family tree is {@code /family-tree.svg}, whose policy allows no script at
 * all.</li>
 * </ul>
 */
package org.w3id.medfm.server;
