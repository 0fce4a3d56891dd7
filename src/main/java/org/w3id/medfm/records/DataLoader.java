package org.w3id.medfm.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Node;
import org.w3id.medfm.source.Origin;
import org.w3id.medfm.source.Problems;
import org.w3id.medfm.source.YamlReader;

/**
 * Reads a data folder ({@code entries/}, {@code models/}, {@code schemes/}, {@code datasets/}) into a checked {@link Catalog}, or
 * fails with every problem of every file at once.
 */
public final class DataLoader {
    static final String ENTRIES = "entries";
    static final String MODELS = "models";
    static final String SCHEMES = "schemes";
    static final String LISTS = "lists";
    /** Optional: a data folder without data sets has no {@code datasets/}. */
    static final String DATASETS = "datasets";
    /** Optional: a data folder without venues has no {@code venues/}. */
    static final String VENUES = "venues";

    private final YamlReader yaml = new YamlReader();

    public Catalog load(Path dataDir) throws DataException {
        Problems problems = new Problems();
        if (!Files.isDirectory(dataDir)) {
            throw new DataException(new org.w3id.medfm.source.Problem(dataDir.toString(), 0, "",
                    "no such data folder"));
        }
        List<Thing> things = new ArrayList<>();
        List<Scheme> schemes = new ArrayList<>();
        List<SourceList> lists = readLists(dataDir, problems);
        RecordReader reader = new RecordReader(problems, bySlug(lists));
        readAll(files(dataDir.resolve(ENTRIES), problems), problems, (file, root) -> {
            Thing t = reader.entry(root, stem(file));
            if (t != null) {
                things.add(t);
            }
        });
        readAll(files(dataDir.resolve(MODELS), problems), problems, (file, root) -> {
            Thing t = reader.model(root, stem(file));
            if (t != null) {
                things.add(t);
            }
        });
        for (Path file : files(dataDir.resolve(SCHEMES), problems)) {
            Node root = read(file, problems);
            Scheme s = root == null ? null : reader.scheme(root, stem(file));
            if (s != null) {
                schemes.add(s);
            }
        }
        List<Dataset> datasets = new ArrayList<>();
        if (Files.isDirectory(dataDir.resolve(DATASETS))) {
            for (Path file : files(dataDir.resolve(DATASETS), problems)) {
                Node root = read(file, problems);
                Dataset d = root == null ? null : reader.dataset(root, stem(file));
                if (d != null) {
                    datasets.add(d);
                }
            }
        }
                List<Venue> venues = new ArrayList<>();
        if (Files.isDirectory(dataDir.resolve(VENUES))) {
            for (Path file : files(dataDir.resolve(VENUES), problems)) {
                Node root = read(file, problems);
                Venue v = root == null ? null : reader.venue(root, stem(file));
                if (v != null) {
                    venues.add(v);
                }
            }
        }
        Catalog catalog = new Catalog(List.copyOf(things), List.copyOf(schemes), lists, List.copyOf(datasets),
                List.copyOf(venues));
        new CatalogChecks(catalog, dataDir, problems).run();
        problems.throwIfAny();
        return catalog;
    }

    /** The lists of a data folder ({@code lists/}), each file checked on its own. */
    public List<SourceList> loadLists(Path dataDir) throws DataException {
        Problems problems = new Problems();
        List<SourceList> lists = readLists(dataDir, problems);
        problems.throwIfAny();
        return lists;
    }

    private List<SourceList> readLists(Path dataDir, Problems problems) {
        RecordReader reader = new RecordReader(problems, java.util.Map.of());
        List<SourceList> lists = new ArrayList<>();
        for (Path file : files(dataDir.resolve(LISTS), problems)) {
            Node root = read(file, problems);
            SourceList l = root == null ? null : reader.list(root, stem(file));
            if (l != null) {
                lists.add(l);
            }
        }
        return List.copyOf(lists);
    }

    private static java.util.Map<String, SourceList> bySlug(List<SourceList> lists) {
        java.util.Map<String, SourceList> out = new java.util.LinkedHashMap<>();
        lists.forEach(l -> out.putIfAbsent(l.slug(), l));
        return out;
    }

    /**
     * Only the concept schemes of a data folder ({@code schemes/}), each file checked on its own: for tools that
     * work on a folder that holds no entries yet (importing a list into an empty folder).
     */
    public List<Scheme> loadSchemes(Path dataDir) throws DataException {
        Problems problems = new Problems();
        RecordReader reader = new RecordReader(problems, java.util.Map.of());
        List<Scheme> schemes = new ArrayList<>();
        for (Path file : files(dataDir.resolve(SCHEMES), problems)) {
            Node root = read(file, problems);
            Scheme s = root == null ? null : reader.scheme(root, stem(file));
            if (s != null) {
                schemes.add(s);
            }
        }
        problems.throwIfAny();
        return List.copyOf(schemes);
    }

    /** Files parsed at once, on every core, before their records are read in file order. */
    private static final int BATCH = 256;

    /**
     * Parses {@code files} a batch at a time on every core (parsing is most of the cost of reading), and hands each
     * file's tree to {@code records} in file order, on this thread; a file that does not parse adds its problems.
     */
    private void readAll(List<Path> files, Problems problems, java.util.function.BiConsumer<Path, Node> records) {
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            List<Object> parsed = batch.parallelStream().map(f -> {
                Problems own = new Problems();
                Node root = read(f, own);
                return root != null ? (Object) root : own;
            }).toList();
            for (int i = 0; i < batch.size(); i++) {
                if (parsed.get(i) instanceof Node root) {
                    records.accept(batch.get(i), root);
                } else {
                    problems.addAll(((Problems) parsed.get(i)).list());
                }
            }
        }
    }

    private Node read(Path file, Problems problems) {
        try {
            return yaml.read(file.toString(), Files.readAllBytes(file));
        } catch (DataException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(new Origin(file.toString(), 0), "", "cannot read: " + e.getMessage());
        }
        return null;
    }

    /** The {@code .yaml} files of a folder, sorted; other files there are reported, not silently skipped. */
    private static List<Path> files(Path dir, Problems problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new Origin(dir.toString(), 0), "", "missing folder");
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(p) || !name.endsWith(".yaml")) {
                    problems.add(new Origin(p.toString(), 0), "",
                            "not a data file: data files are named {slug}.yaml, directly in " + dir);
                } else {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            problems.add(new Origin(dir.toString(), 0), "", "cannot list: " + e.getMessage());
        }
        return out;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }
}
