package org.w3id.medfm.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.medfm.check.PartValidator;
import org.w3id.medfm.check.ShapeValidator;
import org.w3id.medfm.rdf.GraphMapper;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.DataLoader;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Problem;
import org.w3id.medfm.vocab.Prefixes;

/**
 * YAML to records to RDF to SHACL. Either a valid graph or a {@link DataException} with every problem. The graph is
 * made and checked in parts ({@link GraphMapper#parts}, {@link PartValidator}), on every core, so that what is held
 * at once is the records and a few parts, not the whole graph: {@link #stream} hands the parts on as they are
 * checked (for {@code build}, which writes them out), {@link #build} gathers them into one graph in memory.
 */
public final class GraphBuilder {
    /** Things per part: large enough that a part's fixed costs are small, small enough that a few fit anywhere. */
    static final int PART_SIZE = 250;
    private final Sources sources;

    public GraphBuilder(Sources sources) {
        this.sources = sources;
    }

    /** The whole graph, in memory. */
    public KnowledgeGraph build() throws DataException {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.map());
        Catalog catalog = stream(part -> {
            synchronized (model) {
                model.add(part.graph().model());
            }
        });
        return new KnowledgeGraph(catalog, model);
    }

    /** Only checks: the records, then every part of the graph. */
    public Catalog validate() throws DataException {
        return stream(part -> { });
    }

    /**
     * Reads the records, then maps and validates the graph part by part, handing each part to {@code sink} once it is
     * validated (from several threads at once; the shared part first, alone). Returns the records; throws, after
     * every part is seen, with every problem found, in which case the sink has seen parts of a bad graph and what
     * it made of them must be dropped.
     */
    public Catalog stream(Consumer<GraphMapper.Part> sink) throws DataException {
        Catalog catalog = new DataLoader().load(sources.dataDir());
        Timing.lap("records (" + catalog.things().size() + " things)");
        PartValidator validator = new PartValidator(new ShapeValidator(sources.shapesFile()), catalog);
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> running = new ArrayList<>();
        Semaphore held = new Semaphore(threads * 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "medfm-kg-build");
            t.setDaemon(true);
            return t;
        });
        try {
            new GraphMapper().parts(catalog, PART_SIZE, part -> {
                if (part.shared()) {
                    problems.addAll(validator.validate(part));
                    sink.accept(part);
                    return;
                }
                held.acquireUninterruptibly();
                running.add(pool.submit(() -> {
                    try {
                        problems.addAll(validator.validate(part));
                        sink.accept(part);
                    } finally {
                        held.release();
                    }
                }));
            });
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        } catch (ExecutionException e) {
            throw Tasks.unwrapped(e);
        } finally {
            pool.shutdownNow();
        }
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return catalog;
    }
}
