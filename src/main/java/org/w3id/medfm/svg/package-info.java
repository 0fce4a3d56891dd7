/**
 * The family-tree picture: the derivation graph drawn as SVG in plain Java (base models on the left, the listed
 * medical models built from them on the right, layered by derivation depth), for the whole graph or for one
 * model's family.
 */
package org.w3id.medfm.svg;
