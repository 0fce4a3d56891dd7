/**
 * Sending a build to another SPARQL store: its N-Triples dump replaces a named graph, in chunks, over the SPARQL
 * 1.1 Graph Store HTTP Protocol, and the store's count is checked against the dump's.
 */
package org.w3id.medfm.publish;
