package org.w3id.medfm.output;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.medfm.vocab.Prefixes;

/** Profiling aid: the CPU time of reading a dump and of each writer fed from it. Usage: {@code DumpPhases FILE.nt}. */
public final class DumpPhases {
    private DumpPhases() {
    }

    public static void main(String[] args) throws Exception {
        Path nt = Path.of(args[0]);
        byte[] context = Files.readAllBytes(Path.of("ontology/context.jsonld"));
        for (String what : new String[] {"parse", "parse+counts", "parse+turtle", "parse+jsonld"}) {
            var bean = java.lang.management.ManagementFactory.getThreadMXBean();
            long t = bean.getCurrentThreadCpuTime();
            OutputStream sink = OutputStream.nullOutputStream();
            StreamRDF turtle = StreamRDFWriter.getWriterStream(sink, RDFFormat.TURTLE_BLOCKS);
            turtle.start();
            Prefixes.map().forEach(turtle::prefix);
            VoidDescription.Counts counts = new VoidDescription.Counts();
            try (ContextWriter.Streaming json = new ContextWriter(context).new Streaming(sink)) {
                RDFParser.source(nt).lang(Lang.NTRIPLES).checking(false).parse(new StreamRDFBase() {
                    @Override
                    public void triple(Triple tr) {
                        switch (what) {
                            case "parse+counts" -> counts.add(tr);
                            case "parse+turtle" -> turtle.triple(tr);
                            case "parse+jsonld" -> json.triple(tr);
                            default -> { }
                        }
                    }
                });
            }
            turtle.finish();
            System.out.printf("%-20s %8.1f s CPU%n", what, (bean.getCurrentThreadCpuTime() - t) / 1e9);
        }
    }
}
