package org.w3id.medfm.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;

/** What a task run on another thread threw, for the thread that waited for it. */
public final class Tasks {
    private Tasks() {
    }

    /**
     * What {@code e}'s task threw, to be thrown here: an error is thrown at once, a runtime exception is returned as
     * it is, an {@link IOException} as an {@link UncheckedIOException}, anything else wrapped.
     */
    public static RuntimeException unwrapped(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error err) {
            throw err;
        }
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException(cause);
    }
}
