package org.w3id.medfm.svg;

/**
 * A model in the family tree.
 *
 * @param listed true for an entry of the list (drawn on the right), false for a base model (on the left)
 */
public record TreeNode(String slug, String label, boolean listed) {
}
