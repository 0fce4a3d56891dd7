package org.w3id.medfm.pipeline;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/** Which program this is, as far as a build's output depends on it: its version and, from a jar, the jar's identity. */
public final class Program {
    /** The version, as {@code --version}, the VoID and the ontology say. */
    public static final String VERSION = "0.1.0";

    private Program() {
    }

    /**
     * The version, plus the size and time of the jar the program runs from (the jar is reproducible, so the same
     * sources give the same size; a rebuilt jar has a new time), so that output written by another build of the
     * program is not taken for current. Run from a class folder (in tests), the version alone.
     */
    static String identity() {
        CodeSource code = Program.class.getProtectionDomain().getCodeSource();
        if (code == null) {
            return VERSION;
        }
        try {
            Path p = Path.of(code.getLocation().toURI());
            if (Files.isRegularFile(p)) {
                return VERSION + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
            }
        } catch (URISyntaxException | java.io.IOException | IllegalArgumentException e) {
            return VERSION;
        }
        return VERSION;
    }
}
