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
            RDFParser.source(file).lang(lang).context(cxt).errorHandler(lineTracking(where)).parse(into);
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
