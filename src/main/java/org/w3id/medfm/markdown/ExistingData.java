package org.w3id.medfm.markdown;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.DataLoader;
import org.w3id.medfm.records.Scheme;
import org.w3id.medfm.records.Thing;
import org.w3id.medfm.source.DataException;

/**
 * What a data folder already holds, for an import into it: its entries, every slug in use and its schemes. A
 * folder with entries or models must load without problems (an import does not add to broken data); a folder
 * with neither is a fresh one, read for its schemes only, if it has any.
 *
 * @param fresh true when the folder has neither {@code entries/} nor {@code models/}
 */
record ExistingData(List<Thing> entries, Set<String> slugs, List<Scheme> schemes, boolean fresh) {
    static final String ENTRIES = "entries";
    static final String MODELS = "models";
    static final String SCHEMES = "schemes";

    static ExistingData load(Path dataDir) throws DataException {
        DataLoader loader = new DataLoader();
        if (Files.isDirectory(dataDir.resolve(ENTRIES)) || Files.isDirectory(dataDir.resolve(MODELS))) {
            Catalog c = loader.load(dataDir);
            Set<String> slugs = c.things().stream().map(Thing::slug).collect(Collectors.toUnmodifiableSet());
            return new ExistingData(c.entries(), slugs, c.schemes(), false);
        }
        List<Scheme> schemes = Files.isDirectory(dataDir.resolve(SCHEMES)) ? loader.loadSchemes(dataDir) : List.of();
        return new ExistingData(List.of(), Set.of(), schemes, true);
    }
}
