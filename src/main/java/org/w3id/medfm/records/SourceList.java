package org.w3id.medfm.records;

import java.util.List;
import org.w3id.medfm.source.Origin;

/**
 * A list the graph follows ({@code data/lists/{slug}.yaml}): an awesome list or a survey's companion list, the
 * version of it the data reflects, its licence, the shape of its page, and its sections. The seed list files
 * its rows under the paradigm scheme's concepts ({@code scheme: paradigm}); every other list has a scheme of its
 * own, whose concepts are the sections the graph covers, matched to the page's headings by their labels.
 *
 * @param scheme the name of a scheme of {@code data/schemes/} holding the sections, or null when the list
 *     defines its sections itself
 * @param sections the list's own sections (empty when {@code scheme} is given)
 * @param commit the commit of the list's repository the data reflects, or null
 * @param date the date of that version (ISO 8601), or null
 */
public record SourceList(String slug, String label, String title, String url, String commit, String date,
        String licence, ListShape shape, String scheme, List<Scheme.Concept> sections, Origin origin) {

    /** The list whose sections are the paradigm scheme: its section of an entry is {@code medfm:paradigm}. */
    public boolean isParadigmList() {
        return "paradigm".equals(scheme);
    }

    /** The name of the concept scheme holding this list's sections, for IRIs: {@code paradigm} or the slug. */
    public String sectionScheme() {
        return scheme != null ? scheme : slug;
    }
}
