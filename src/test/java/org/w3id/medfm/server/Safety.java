package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;

/** Checks shared by the tests of error responses. */
final class Safety {
    private static final Pattern TRACE = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Exception\\b|\\.java:\\d+|"
            + "org\\.apache\\.|org\\.eclipse\\.|org\\.w3id\\.medfm\\.");

    private Safety() {
    }

    static void assertNoStackTrace(String body) {
        assertFalse(TRACE.matcher(body).find(), "an error body gives away the code: " + body);
    }
}
