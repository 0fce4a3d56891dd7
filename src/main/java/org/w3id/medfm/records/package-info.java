/**
 * Typed records of the curated data (entries, base models, derivations, corrections, concept schemes), read
 * from YAML trees with every field checked, and the checks across files (references, duplicates, cycles).
 */
package org.w3id.medfm.records;
