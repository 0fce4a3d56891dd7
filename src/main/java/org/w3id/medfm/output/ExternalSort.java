package org.w3id.medfm.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * Sorts lines that may not fit in memory: lines are gathered up to a budget, then sorted and written to a run file
 * in a temporary folder; {@link #sorted} merges the runs (and what is still in memory), dropping repeated lines.
 * Lines must not hold a line break (N-Triples lines do not). Closing deletes the runs.
 */
public final class ExternalSort implements AutoCloseable {
    /** What a line costs in memory beyond its characters: the String, its array and the list's slot. */
    private static final long OVERHEAD = 64;
    private static final int BUFFER = 1 << 16;
    private final Path parent;
    private final long budget;
    private Path dir;
    private final List<Path> runs = new ArrayList<>();
    private final List<BufferedReader> open = new ArrayList<>();
    private List<String> lines = new ArrayList<>();
    private long held;
    private long added;

    /** Spills runs into a new hidden folder under {@code parent} whenever {@code budget} bytes are held. */
    public ExternalSort(Path parent, long budget) {
        this.parent = parent;
        this.budget = budget;
    }

    /** Adds lines (from any thread). */
    public synchronized void addAll(Collection<String> more) {
        for (String line : more) {
            lines.add(line);
            held += line.length() + OVERHEAD;
        }
        added += more.size();
        if (held >= budget) {
            spill();
        }
    }

    /** Lines added, repeats included. */
    public synchronized long added() {
        return added;
    }

    /** How many run files were written so far. */
    public synchronized int runs() {
        return runs.size() + open.size();
    }

    private void spill() {
        lines.sort(null);
        try {
            if (dir == null) {
                dir = Files.createTempDirectory(Files.createDirectories(parent), ".sort-");
            }
            Path run = dir.resolve("run-" + runs.size());
            try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            }
            runs.add(run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines = new ArrayList<>();
        held = 0;
    }

    /** Every line added, sorted, each once. Call once, after the last {@link #addAll}. */
    public synchronized Iterator<String> sorted() {
        lines.sort(null);
        List<Iterator<String>> sources = new ArrayList<>();
        for (Path run : runs) {
            sources.add(lines(run));
        }
        runs.clear();
        sources.add(lines.iterator());
        return new Merge(sources);
    }

    private Iterator<String> lines(Path run) {
        try {
            BufferedReader r = new BufferedReader(Files.newBufferedReader(run, StandardCharsets.UTF_8), BUFFER);
            open.add(r);
            return r.lines().iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        lines = new ArrayList<>();
        for (BufferedReader r : open) {
            r.close();
        }
        open.clear();
        if (dir != null) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
            dir = null;
        }
    }

    /** A k-way merge of sorted iterators, without repeats. */
    private static final class Merge implements Iterator<String> {
        private record Head(String line, Iterator<String> rest) {
        }

        private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> a.line.compareTo(b.line));
        private String last;
        private String next;

        Merge(List<Iterator<String>> sources) {
            sources.forEach(this::advance);
            next = pull();
        }

        private void advance(Iterator<String> source) {
            if (source.hasNext()) {
                heads.add(new Head(source.next(), source));
            }
        }

        private String pull() {
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                advance(h.rest);
                if (!h.line.equals(last)) {
                    last = h.line;
                    return h.line;
                }
            }
            return null;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public String next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            String out = next;
            next = pull();
            return out;
        }
    }
}
