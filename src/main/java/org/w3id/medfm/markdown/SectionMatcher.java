package org.w3id.medfm.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3id.medfm.records.Scheme;

/**
 * Follows a page's headings and says which section of a list each stands for. A heading is a section when its
 * text, ignoring case, emoji and punctuation, is the section's label and the nearest enclosing heading that is a
 * section is the section's broader one ("Healthcare Domain" under "Large Language Models" is not the
 * "Healthcare Domain" under "Large Vision Models").
 */
final class SectionMatcher {
    private record Open(int level, Scheme.Concept concept) {
    }

    private final List<Scheme.Concept> sections;
    private final Deque<Open> open = new ArrayDeque<>();

    SectionMatcher(List<Scheme.Concept> sections) {
        this.sections = List.copyOf(sections);
    }

    /** Enters a heading; the section it opens, if any. Rows that follow belong to the innermost section open. */
    Optional<Scheme.Concept> heading(String text, int level) {
        while (!open.isEmpty() && open.peek().level() >= level) {
            open.pop();
        }
        String broader = open.stream().map(Open::concept).filter(Objects::nonNull).findFirst()
                .map(Scheme.Concept::slug).orElse(null);
        String key = Vocabulary.slugOf(text);
        Optional<Scheme.Concept> match = sections.stream()
                .filter(c -> Vocabulary.slugOf(c.label()).equals(key) && Objects.equals(c.broader(), broader))
                .findFirst();
        open.push(new Open(level, match.orElse(null)));
        return match;
    }

    /** The section the page is in now: the innermost open heading, when that heading is a section. */
    Optional<Scheme.Concept> current() {
        return open.isEmpty() ? Optional.empty() : Optional.ofNullable(open.peek().concept());
    }
}
