package org.w3id.medfm.markdown;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.DataLoader;
import org.w3id.medfm.records.Scheme;
import org.w3id.medfm.records.SourceList;
import org.w3id.medfm.records.Thing;
import org.w3id.medfm.source.DataException;

/**
 * What a data folder already holds, for an import into it: its entries and base models, every slug in use, its
 * schemes and its lists. A folder with entries or models must load without problems (an import does not add to
 * broken data); a folder with neither is a fresh one, read for its schemes and lists only, if it has any.
 *
 * @param fresh true when the folder has neither {@code entries/} nor {@code models/}
 */
record ExistingData(List<Thing> things, Set<String> slugs, List<Scheme> schemes, List<SourceList> lists,
        boolean fresh) {
    static final String ENTRIES = "entries";
    static final String MODELS = "models";
    static final String SCHEMES = "schemes";
    static final String LISTS = "lists";

    static ExistingData load(Path dataDir) throws DataException {
        DataLoader loader = new DataLoader();
        if (Files.isDirectory(dataDir.resolve(ENTRIES)) || Files.isDirectory(dataDir.resolve(MODELS))) {
            Catalog c = loader.load(dataDir);
            Set<String> slugs = c.things().stream().map(Thing::slug).collect(Collectors.toUnmodifiableSet());
            return new ExistingData(c.things(), slugs, c.schemes(), c.lists(), false);
        }
        List<Scheme> schemes = Files.isDirectory(dataDir.resolve(SCHEMES)) ? loader.loadSchemes(dataDir) : List.of();
        List<SourceList> lists = Files.isDirectory(dataDir.resolve(LISTS)) ? loader.loadLists(dataDir) : List.of();
        return new ExistingData(List.of(), Set.of(), schemes, lists, true);
    }

    List<Thing> entries() {
        return things.stream().filter(Thing::isEntry).toList();
    }

    /** The sections of a list, in order: the paradigm scheme's for the seed list. */
    List<Scheme.Concept> sections(SourceList list) {
        return new Catalog(things, schemes, lists).sections(list);
    }
}
