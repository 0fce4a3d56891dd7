package org.w3id.medfm.query;

import com.apicatalog.jsonld.JsonLdOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.util.Context;
import org.w3id.medfm.output.OfflineLoader;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Problem;

/** Reads RDF files given by users, by extension, never fetching a remote JSON-LD context. */
public final class RdfFiles {
    private RdfFiles() {
    }

    /** Parses {@code file} into {@code into}; a syntax error becomes a problem at its line. */
    public static void read(Path file, Graph into) throws DataException {
        read(file, into, false);
    }

    /**
     * {@code file} alone, in a graph of its own, its blank nodes numbered in the order the file gives them, so that the
     * same file gives the same graph to write (only for one file a graph: two files' numbers would meet); a syntax
     * error becomes a problem at its line.
     */
    public static Graph readNumbered(Path file) throws DataException {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        read(file, g, true);
        return g;
    }

    private static void read(Path file, Graph into, boolean numbered) throws DataException {
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null) {
            throw new DataException(new Problem(file.toString(), 0, "", "unknown RDF syntax; name the file .ttl, .nt, .nq, .trig, .rdf, .owl or .jsonld"));
        }
        if (!Files.isRegularFile(file)) {
            throw new DataException(new Problem(file.toString(), 0, "", "no such file"));
        }
        JsonLdOptions jsonld = new JsonLdOptions();
        jsonld.setDocumentLoader(OfflineLoader.INSTANCE);
        Context cxt = Context.create().set(LangJSONLD11.JSONLD_OPTIONS, jsonld);
        int[] where = new int[1];
        try {
            var parser = RDFParser.source(file).lang(lang).context(cxt).errorHandler(lineTracking(where));
            if (numbered) {
                parser = parser.labelToNode(org.apache.jena.riot.lang.LabelToNode.createIncremental());
            }
            parser.parse(into);
        } catch (RiotException e) {
            throw new DataException(new Problem(file.toString(), Math.max(where[0], 0), "", "not valid "
                    + lang.getLabel() + ": " + e.getMessage()));
        }
    }

    /** Records the line of the first error, then lets the parser fail as usual. */
    private static ErrorHandler lineTracking(int[] where) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
            }

            @Override
            public void error(String message, long line, long col) {
                fatal(message, line, col);
            }

            @Override
            public void fatal(String message, long line, long col) {
                if (where[0] == 0) {
                    where[0] = (int) line;
                }
                throw new RiotException(message);
            }
        };
    }

    public static void readAll(List<Path> files, Graph into) throws DataException {
        for (Path f : files) {
            read(f, into);
        }
    }
}
