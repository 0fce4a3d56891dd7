package org.w3id.medfm.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The landing page's scripts and styles, served from the class path at {@code /assets/NAME}: ours, and YASGUI's
 * bundle when the build installed it from npm (see {@code pom.xml}). A fixed list: no other name resolves, so no
 * path can lead anywhere else.
 */
final class Assets {
    static final String YASGUI_JS = "yasgui.min.js";
    static final String YASGUI_CSS = "yasgui.min.css";
    private static final String ROOT = "/org/w3id/medfm/server/assets/";
    private static final String CACHE = "public, max-age=86400";
    private static final Map<String, String> TYPES = Map.of(
            "site.css", "text/css;charset=utf-8",
            "landing.js", "text/javascript;charset=utf-8",
            YASGUI_JS, "text/javascript;charset=utf-8",
            YASGUI_CSS, "text/css;charset=utf-8");
    private final Map<String, Memo<Optional<StaticFile>>> files;

    Assets(Instant made) {
        files = Map.copyOf(TYPES.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> new Memo<>(() -> load(e.getKey(), e.getValue(), made)))));
    }

    Optional<StaticFile> get(String name) {
        Memo<Optional<StaticFile>> m = files.get(name);
        return m == null ? Optional.empty() : m.get();
    }

    /** Whether the build bundled YASGUI; without it the landing page offers a plain form. */
    static boolean hasYasgui() {
        return Assets.class.getResource(ROOT + YASGUI_JS) != null
                && Assets.class.getResource(ROOT + YASGUI_CSS) != null;
    }

    private static Optional<StaticFile> load(String name, String type, Instant made) {
        try (InputStream in = Assets.class.getResourceAsStream(ROOT + name)) {
            return in == null ? Optional.empty() : Optional.of(StaticFile.of(in.readAllBytes(), type, made, CACHE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
