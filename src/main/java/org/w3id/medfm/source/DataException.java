package org.w3id.medfm.source;

import java.util.List;

/** Bad input: carries every problem found, sorted, so that a command can print them all and exit 1. */
public class DataException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public DataException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the input");
        this.problems = problems.stream().sorted().distinct().toList();
    }

    public DataException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
