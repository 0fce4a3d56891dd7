package org.w3id.medfm.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.medfm.vocab.Ids;

/** The servlets of the server's own paths; each is a few lines over {@link Site}. */
final class Servlets {
    private Servlets() {
    }

    /** {@code /}: the landing page. */
    static final class Landing extends GetServlet {
        private final transient Site site;

        Landing(Site site) {
            this.site = site;
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse res) throws IOException {
            Replies.file(req, res, site.landing());
        }
    }

    /** {@code /id/{kind}/{slug}}: a thing of the graph, by content negotiation; 404 for an unknown one. */
    static final class Resource extends GetServlet {
        private static final Pattern PATH = Pattern.compile("/([a-z0-9-]+)/([a-z0-9-]+)");
        private final transient Site site;

        Resource(Site site) {
            this.site = site;
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse res) throws IOException {
            String path = req.getPathInfo() == null ? "" : req.getPathInfo();
            Node thing = Labels.uri(Ids.ID_SPACE + path.substring(Math.min(1, path.length())));
            if (!PATH.matcher(path).matches() || !site.describes(thing)) {
                Replies.error(res, HttpServletResponse.SC_NOT_FOUND, "Nothing is named <" + thing.getURI()
                        + "> in this graph.");
                return;
            }
            negotiated(req, res, Format.PAGE, f -> site.resource(thing, f, "/id" + path));
        }
    }

    /** {@code /ontology}: the ontology, documented in HTML or as RDF. */
    static final class Ontology extends GetServlet {
        private final transient Site site;

        Ontology(Site site) {
            this.site = site;
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse res) throws IOException {
            negotiated(req, res, Format.PAGE, site::ontology);
        }
    }

    /** {@code /.well-known/void}: the VoID and DCAT description, Turtle unless asked otherwise. */
    static final class Void extends GetServlet {
        private final transient Site site;

        Void(Site site) {
            this.site = site;
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse res) throws IOException {
            negotiated(req, res, Format.RDF, f -> site.publication().voidIn(f));
        }
    }

    /**
     * Named files from memory: the scripts and styles under {@code /assets/}. Only names in the list resolve, so there is no directory to list and no
     * path out of it.
     */
    static final class Files extends GetServlet {
        private final transient Function<String, Optional<StaticFile>> files;

        Files(Function<String, Optional<StaticFile>> files) {
            this.files = files;
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse res) throws IOException {
            String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
            Optional<StaticFile> file = name.isEmpty() || name.contains("/") ? Optional.empty() : files.apply(name);
            if (file.isEmpty()) {
                Replies.error(res, HttpServletResponse.SC_NOT_FOUND, "Not found.");
                return;
            }
            Replies.file(req, res, file.get());
        }
    }

    /**
     * Files of the build's folder, streamed: the dumps under {@code /dumps/}, the families' pictures under
     * {@code /families/}, the whole family tree. Only the names the build wrote resolve.
     */
    static final class Disk extends GetServlet {
        private final transient Function<String, DiskFile> files;

        Disk(Function<String, DiskFile> files) {
            this.files = files;
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse res) throws IOException {
            String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
            DiskFile file = files.apply(name);
            if (file == null) {
                Replies.error(res, HttpServletResponse.SC_NOT_FOUND, "Not found.");
                return;
            }
            Replies.file(req, res, file);
        }
    }

    /** One file at a fixed path. */
    static final class One extends GetServlet {
        private final transient java.util.function.Supplier<StaticFile> file;

        One(java.util.function.Supplier<StaticFile> file) {
            this.file = file;
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse res) throws IOException {
            Replies.file(req, res, file.get());
        }
    }
}
