package org.w3id.medfm.records;

/**
 * A licence as the graph names it: an SPDX licence ({@code http://spdx.org/licenses/{id}}), the address of a
 * licence that SPDX does not list, or the explicit statement that no licence is stated.
 *
 * @param iri the licence's IRI
 * @param label a name for people (the SPDX name, the URL, or "not stated")
 */
public record Licence(String iri, String label, Kind kind) {
    /** The IRI standing for "the source states no licence". */
    public static final String NOT_STATED_IRI = org.w3id.medfm.vocab.Ids.ID_SPACE + "licence/not-stated";
    /** How the licence is written in the data for "no licence stated". */
    public static final String NOT_STATED = "not-stated";

    /** Where the licence's name comes from. */
    public enum Kind { SPDX, URL, NOT_STATED }

    public static Licence notStated() {
        return new Licence(NOT_STATED_IRI, "not stated", Kind.NOT_STATED);
    }
}
