package org.w3id.medfm.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.medfm.check.PartValidator;
import org.w3id.medfm.check.ShapeValidator;
import org.w3id.medfm.rdf.GraphMapper;
import org.w3id.medfm.records.Catalog;
import org.w3id.medfm.records.DataLoader;

/**
 * Profiling aid for {@code build}: the CPU time of each step of making and checking the graph, one thread, on a
 * synthetic catalogue of N entries (0: the bundled data). Usage: {@code BuildPhases N [PART_SIZE]}.
 */
public final class BuildPhases {
    private BuildPhases() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        Path data = n == 0 ? Path.of("data") : SyntheticCatalog.write(Path.of("data"), Path.of("target/bench/data-" + n), n);
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long t = bean.getCurrentThreadCpuTime();
        Catalog c = new DataLoader().load(data);
        t = lap("records (this thread only)", t);
        List<GraphMapper.Part> parts = new ArrayList<>();
        new GraphMapper().parts(c, size, parts::add);
        t = lap("map " + parts.size() + " parts", t);
        long lines = 0;
        for (GraphMapper.Part p : parts) {
            var it = p.graph().model().getGraph().find();
            while (it.hasNext()) {
                var tr = it.next();
                lines += (tr.getSubject().toString() + tr.getPredicate() + tr.getObject()).length();
            }
        }
        t = lap("toString of every triple (" + lines + " chars)", t);
        PartValidator v = new PartValidator(new ShapeValidator(Path.of(System.getProperty("shapes",
                "ontology/shapes.ttl"))), c);
        int problems = 0;
        for (GraphMapper.Part p : parts) {
            problems += v.validate(p).size();
        }
        lap("SHACL in parts (" + problems + " problems)", t);
    }

    private static long lap(String what, long t) {
        long now = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.out.printf("%-50s %8.1f s CPU%n", what, (now - t) / 1e9);
        return now;
    }
}
