/** Writing the graph out: Turtle, N-Triples and compacted JSON-LD dumps, the context and the VoID description. */
package org.w3id.medfm.output;
