/** Mapping the checked records to RDF with Jena: one resource per thing, IRIs from {@code vocab.Ids}. */
package org.w3id.medfm.rdf;
