package org.w3id.medfm.records;

import java.util.List;
import org.w3id.medfm.source.Origin;

/** A SKOS concept scheme of {@code data/schemes/}: paradigm, modality or method. */
public record Scheme(String name, String label, String definition, List<Concept> concepts, Origin origin) {

    /**
     * One concept; {@code broader} is a slug in the same scheme or null.
     *
     * @param evidence where the exactMatch and closeMatch identifiers were seen, and how sure that is; null without
     */
    public record Concept(String slug, String label, String definition, String broader, List<String> exactMatch,
            List<String> closeMatch, Evidence evidence, Origin origin) {

        public String source() {
            return evidence == null ? null : evidence.source();
        }
    }

    /** The three schemes the data needs, and which entry field refers to each. */
    public static final List<String> NAMES = List.of("paradigm", "modality", "method");
}
