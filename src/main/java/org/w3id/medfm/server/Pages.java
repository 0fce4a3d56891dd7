package org.w3id.medfm.server;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTML from Mustache templates ({@code src/main/resources/org/w3id/medfm/server/templates}). Mustache escapes
 * every {@code {{value}}} for HTML, so text from the data (a title holding {@code <script>}) shows as text. The one
 * triple-brace (unescaped) tag is a model's family picture in {@code resource.mustache}: SVG written by our own
 * {@link org.w3id.medfm.svg.FamilyTreeSvg}, which escapes every label.
 */
final class Pages {
    private static final String ROOT = "org/w3id/medfm/server/templates";
    private final MustacheFactory factory = new DefaultMustacheFactory(ROOT);
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** Renders template {@code name}.mustache with {@code scope}. */
    String render(String name, Object scope) {
        Mustache m = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
        StringWriter w = new StringWriter();
        m.execute(w, scope);
        return w.toString();
    }
}
