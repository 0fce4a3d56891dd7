/** Checking the mapped graph against the SHACL shapes of {@code ontology/shapes.ttl}, reported as data problems. */
package org.w3id.medfm.check;
