package org.w3id.medfm.svg;

/** A link of the family tree: {@code derived} was built from (or, for {@link EdgeKind#USES}, applies) {@code base}. */
public record TreeEdge(String derived, String base, EdgeKind kind) {
}
