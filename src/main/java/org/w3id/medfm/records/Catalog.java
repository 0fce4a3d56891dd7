package org.w3id.medfm.records;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything read from the data folder, checked: entries and base models by slug, the schemes, the lists, the
 * data sets and the venues.
 */
public record Catalog(List<Thing> things, List<Scheme> schemes, List<SourceList> lists, List<Dataset> datasets,
        List<Venue> venues) {

    /** A catalog without data sets or venues (data folders that have neither). */
    public Catalog(List<Thing> things, List<Scheme> schemes, List<SourceList> lists) {
        this(things, schemes, lists, List.of(), List.of());
    }

    public Map<String, Thing> bySlug() {
        return things.stream().collect(Collectors.toMap(Thing::slug, Function.identity(), (a, b) -> a));
    }

    public List<Thing> entries() {
        return things.stream().filter(Thing::isEntry).toList();
    }

    public Optional<Scheme> scheme(String name) {
        return schemes.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<SourceList> list(String slug) {
        return lists.stream().filter(l -> l.slug().equals(slug)).findFirst();
    }

    /** The list whose sections are the paradigm scheme (the seed list), if the data has it. */
    public Optional<SourceList> paradigmList() {
        return lists.stream().filter(SourceList::isParadigmList).findFirst();
    }

    /**
     * The sections of a list as concepts, in order: the paradigm scheme's for the seed list, the list's own for
     * any other.
     */
    public List<Scheme.Concept> sections(SourceList list) {
        return list.isParadigmList() ? scheme("paradigm").map(Scheme::concepts).orElse(List.of()) : list.sections();
    }
}
