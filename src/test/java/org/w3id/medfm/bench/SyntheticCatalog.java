package org.w3id.medfm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A synthetic catalogue of N entries shaped like the real data, for benchmarks only (it is written under
 * {@code target/}, never into {@code data/}): the bundled data's other folders (lists, schemes, base models) as
 * they are, and its
 * entries copied round after round, round {@code g} renaming every entry {@code slug-g}, giving it its own row
 * in its section and its own paper link (under example.org), and pointing its derivations at the same round's copies of the entries
 * it derives from (base models stay shared). Identifiers (arXiv, DOI, Hugging Face, Wikidata) are left out of the
 * copies, as no source names them; everything else (titles, years, kinds of derivation, corrections, sources)
 * keeps the real entries' shape and size.
 */
public final class SyntheticCatalog {
    private static final Set<String> IDENTIFIERS = Set.of("arxiv", "doi", "huggingface", "wikidata");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private SyntheticCatalog() {
    }

    /** Writes a data folder of {@code n} entries (at least the bundled ones) into {@code dir}, unless it is there. */
    public static Path write(Path bundled, Path dir, int n) throws IOException {
        Path done = dir.resolve(".complete-" + n);
        if (Files.exists(done)) {
            return dir;
        }
        try (Stream<Path> folders = Files.list(bundled)) {
            for (Path f : folders.filter(Files::isDirectory).toList()) {
                if (!f.getFileName().toString().equals("entries")) {
                    copyTree(f, dir.resolve(f.getFileName().toString()));
                }
            }
        }
        Files.createDirectories(dir.resolve("entries"));
        List<Map<String, Object>> real = new ArrayList<>();
        try (Stream<Path> s = Files.list(bundled.resolve("entries"))) {
            for (Path p : s.sorted().toList()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> e = YAML.readValue(p.toFile(), LinkedHashMap.class);
                real.add(e);
            }
        }
        Set<String> entrySlugs = new java.util.HashSet<>();
        real.forEach(e -> entrySlugs.add((String) e.get("slug")));
        Map<String, Integer> rowsPerSection = new TreeMap<>();
        // Each round's rows come after every row the real entries use in that section.
        real.forEach(e -> places(e).forEach((section, row) -> rowsPerSection.merge(section, row, Math::max)));
        int rounds = (n + real.size() - 1) / real.size();
        int written = 0;
        for (int round = 0; round < rounds && written < n; round++) {
            Map<String, Integer> nextRow = new TreeMap<>();
            // The last round may copy only the first entries: links to the others go to the originals.
            Set<String> copied = new java.util.HashSet<>();
            real.stream().limit(n - written).forEach(e -> copied.add((String) e.get("slug")));
            for (Map<String, Object> e : real) {
                if (written++ >= n) {
                    break;
                }
                Map<String, Object> copy = round == 0 ? e : copyOf(e, round, copied, rowsPerSection, nextRow);
                YAML.writeValue(dir.resolve("entries").resolve(copy.get("slug") + ".yaml").toFile(), copy);
            }
        }
        Files.createFile(done);
        return dir;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copyOf(Map<String, Object> e, int round, Set<String> entrySlugs,
            Map<String, Integer> rowsPerSection, Map<String, Integer> nextRow) {
        Map<String, Object> c = new LinkedHashMap<>(e);
        IDENTIFIERS.forEach(c::remove);
        c.put("slug", copySlug(e.get("slug"), round));
        c.put("label", e.get("label") + " (" + round + ")");
        c.put("title", e.get("title") + " (synthetic copy " + round + ")");
        if (c.containsKey("row")) {
            String section = (String) e.get("paradigm");
            c.put("row", round * rowsPerSection.get(section) + nextRow.merge(section, 1, Integer::sum));
        }
        Set<String> withoutLinks = new java.util.HashSet<>();
        if (c.get("listings") instanceof List<?> listings) {
            List<Object> moved = new ArrayList<>();
            for (Object o : listings) {
                Map<String, Object> l = new LinkedHashMap<>((Map<String, Object>) o);
                String section = l.get("list") + "#" + l.get("section");
                if (l.get("position") instanceof Number) {
                    l.put("position", round * rowsPerSection.get(section) + nextRow.merge(section, 1, Integer::sum));
                }
                // The links a list printed name the original's paper; a copy keeps none, so it stays its own work.
                if (l.remove("links") != null) {
                    withoutLinks.add((String) l.get("list"));
                }
                moved.add(l);
            }
            c.put("listings", moved);
        }
        // Its own paper: a copy of an arXiv or DOI link would be the same work, which the data forbids.
        c.put("paper", "https://example.org/synthetic/" + c.get("slug"));
        if (c.get("sources") instanceof Map<?, ?> sources) {
            Map<String, Object> kept = new LinkedHashMap<>((Map<String, Object>) sources);
            IDENTIFIERS.forEach(kept::remove);
            if (kept.isEmpty()) {
                c.remove("sources");
            } else {
                c.put("sources", kept);
            }
        }
        for (String key : new String[] {"derivedFrom", "uses"}) {
            if (c.get(key) instanceof List<?> links) {
                List<Object> moved = new ArrayList<>();
                for (Object o : links) {
                    moved.add(o instanceof Map<?, ?> m ? retarget((Map<String, Object>) m, round, entrySlugs)
                            : entrySlugs.contains(o) ? copySlug(o, round) : o);
                }
                c.put(key, moved);
            }
        }
        if (c.get("corrections") instanceof List<?> corrections) {
            List<Object> kept = new ArrayList<>();
            for (Object x : corrections) {
                // A list whose printed links the copy dropped printed no paper or code to correct.
                boolean linked = x instanceof Map<?, ?> m && Set.of("paper", "code").contains(m.get("field"))
                        && withoutLinks.contains(m.get("listing"));
                if (x instanceof Map<?, ?> m && !IDENTIFIERS.contains(m.get("field")) && !linked) {
                    Map<String, Object> k = new LinkedHashMap<>((Map<String, Object>) m);
                    // A correction's value is the entry's: follow the copy's renamed title, label or paper link.
                    if (Set.of("title", "label", "paper").contains(k.get("field"))) {
                        k.put("corrected", c.get(k.get("field")));
                    }
                    kept.add(k);
                }
            }
            c.put("corrections", kept);
        }
        return c;
    }

    /** Section to row: the seed's {@code paradigm}/{@code row}, or each listing's list, section and position. */
    @SuppressWarnings("unchecked")
    private static Map<String, Integer> places(Map<String, Object> e) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (e.get("row") instanceof Number n) {
            out.put((String) e.get("paradigm"), n.intValue());
        }
        if (e.get("listings") instanceof List<?> listings) {
            for (Object o : listings) {
                Map<String, Object> l = (Map<String, Object>) o;
                out.merge(l.get("list") + "#" + l.get("section"), l.get("position") instanceof Number n
                        ? n.intValue() : 0, Math::max);
            }
        }
        return out;
    }

    /**
     * The slug of the copy of round {@code round}: not {@code slug-N}, which a real slug may already be
     * ({@code med-palm} copied in round 2 would overwrite {@code med-palm-2}).
     */
    private static String copySlug(Object slug, int round) {
        return slug + "-synthetic-" + round;
    }

    private static Map<String, Object> retarget(Map<String, Object> link, int round, Set<String> entrySlugs) {
        Map<String, Object> m = new LinkedHashMap<>(link);
        Object model = m.get("model");
        if (model instanceof String s && entrySlugs.contains(s)) {
            m.put("model", copySlug(s, round));
        }
        return m;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** {@code SyntheticCatalog N DIR}: writes a catalogue of N entries to DIR. */
    public static void main(String[] args) throws IOException {
        write(Path.of("data"), Path.of(args[1]), Integer.parseInt(args[0]));
    }
}
