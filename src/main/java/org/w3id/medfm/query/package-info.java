/** Running SPARQL over the built graph (plus extra RDF files) or a remote endpoint, with SERVICE off by default. */
package org.w3id.medfm.query;
