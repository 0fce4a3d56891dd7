package org.w3id.medfm.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.w3id.medfm.pipeline.JenaSetup;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Problem;

/** The {@code medfm-kg} command. {@code main} is {@code System.exit(run(args))}; everything else is testable. */
@Command(name = "medfm-kg", mixinStandardHelpOptions = true, version = "medfm-kg 0.1.0",
        description = "Builds, checks, queries and serves the MedFM-KG knowledge graph.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:bad input (each problem printed as path:line: field: message)",
            "2:internal error"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int INTERNAL_ERROR = 2;

    /** The subcommands, in the order the usage lists them; each is named by its own {@code @Command}. */
    private static final List<Class<?>> COMMANDS = List.of(BuildCommand.class, ValidateCommand.class,
            QueryCommand.class, ServeCommand.class, PublishCommand.class, ImportMarkdownCommand.class,
            RenderMarkdownCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The largest socket write whose native copy a thread keeps for the next one. Left unset, the JDK keeps every
     * size: each server thread that once wrote a large answer would hold a native copy of it for good, hundreds
     * of MB outside the heap under load. Set before any socket is used; a value given on the command line wins.
     */
    static final String MAX_CACHED_BUFFER = "262144";

    public static void main(String[] args) {
        if (System.getProperty("jdk.nio.maxCachedBufferSize") == null) {
            System.setProperty("jdk.nio.maxCachedBufferSize", MAX_CACHED_BUFFER);
        }
        setUpLogging();
        // Jena, likewise: a second of loading classes, which a command that reads or writes RDF pays before its first
        // triple, and a server before its first answer.
        JenaSetup.inBackground();
        System.exit(run(args));
    }

    /**
     * Sets up logging on another core while the command line is read: it takes a good second of loading classes,
     * which every command pays (Jena, Jetty and the build all log), and it needs nothing of theirs, so it can wait
     * on nothing they hold. Whoever logs first waits for it to finish.
     */
    private static void setUpLogging() {
        Thread t = new Thread(org.slf4j.LoggerFactory::getILoggerFactory, "medfm-kg-logging");
        t.setDaemon(true);
        t.start();
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs a command with the given streams; returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        // Only the command asked for is set up (reading every command's options costs picocli a third of a second
        // at each start); all of them when none is named, for the usage, or when the name is wrong, for picocli's
        // suggestions.
        List<Class<?>> named = COMMANDS.stream()
                .filter(c -> args.length > 0 && c.getAnnotation(Command.class).name().equals(args[0])).toList();
        for (Class<?> c : named.isEmpty() ? COMMANDS : named) {
            cl.addSubcommand(c);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("medfm-kg: " + ex.getMessage());
            err.println("Try 'medfm-kg " + (ex.getCommandLine() == cl ? "" : ex.getCommandLine().getCommandName() + " ")
                    + "--help' for usage.");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof DataException d) {
                for (Problem p : d.problems()) {
                    err.println(p);
                }
                err.println(d.getMessage());
                return BAD_INPUT;
            }
            err.println("medfm-kg: internal error: " + ex);
            ex.printStackTrace(err);
            return INTERNAL_ERROR;
        });
        // Jena is set up before a command runs (here, or by waiting for the thread main() started), so that no command
        // touches its classes while another thread sets it up; not for help, which needs none of it, nor for serve,
        // which looks at its inputs meanwhile and waits on each of its threads before they touch Jena.
        cl.setExecutionStrategy(parsed -> {
            if (!helpAsked(parsed) && !(last(parsed).commandSpec().userObject() instanceof ServeCommand)) {
                JenaSetup.await();
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    private static CommandLine.ParseResult last(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult p = parsed;
        while (p.subcommand() != null) {
            p = p.subcommand();
        }
        return p;
    }

    private static boolean helpAsked(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested() || p.subcommand() == null
                    && p.commandSpec().userObject() instanceof Main) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
