package org.w3id.medfm.output;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/** The dump formats, in one place: file name, media type and Jena language. */
public enum DumpFormat {
    TURTLE("medfm.ttl", "text/turtle", Lang.TURTLE),
    NTRIPLES("medfm.nt", "application/n-triples", Lang.NTRIPLES),
    JSONLD("medfm.jsonld", "application/ld+json", Lang.JSONLD);

    private final String fileName;
    private final String mediaType;
    private final Lang lang;

    DumpFormat(String fileName, String mediaType, Lang lang) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.lang = lang;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public Lang lang() {
        return lang;
    }

    public static Optional<DumpFormat> forFileName(String name) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(name)).findFirst();
    }
}
