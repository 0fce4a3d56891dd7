package org.w3id.medfm.source;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a stage goes on, so that all of them are reported at once. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Problem problem) {
        list.add(problem);
    }

    public void add(Origin origin, String field, String message) {
        list.add(Problem.at(origin, field, message));
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Throws a {@link DataException} with everything collected, if anything was. */
    public void throwIfAny() throws DataException {
        if (!list.isEmpty()) {
            throw new DataException(list);
        }
    }
}
