/** The names the graph uses: namespaces, prefixes, ontology terms and the IRIs of things, declared once. */
package org.w3id.medfm.vocab;
