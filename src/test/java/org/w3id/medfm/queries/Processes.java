package org.w3id.medfm.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program of the machine (curl, python3, bash) and collects what it printed. */
final class Processes {
    private Processes() {
    }

    /** What a program printed and returned. */
    record Result(int status, String out, String err) {
    }

    static Result run(List<String> command) {
        try {
            Path err = Files.createTempFile("medfm-process", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError(command + " did not finish within 60 s");
                }
                return new Result(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Whether the program runs at all and exits with 0. */
    static boolean works(List<String> command) {
        try {
            return run(command).status() == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }
}
