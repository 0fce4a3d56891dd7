package org.w3id.medfm.records;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything read from the data folder, checked: entries and base models by slug, and the schemes. */
public record Catalog(List<Thing> things, List<Scheme> schemes) {

    public Map<String, Thing> bySlug() {
        return things.stream().collect(Collectors.toMap(Thing::slug, Function.identity(), (a, b) -> a));
    }

    public List<Thing> entries() {
        return things.stream().filter(Thing::isEntry).toList();
    }

    public Optional<Scheme> scheme(String name) {
        return schemes.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
