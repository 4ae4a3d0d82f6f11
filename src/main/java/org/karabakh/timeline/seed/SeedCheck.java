package org.karabakh.timeline.seed;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks a seeds directory the way start-up does, without starting the service, its database or
 * CDI: {@code bin/check-seeds DIR}. Prints every problem with its file, item and field, or a
 * one-line summary; exits 0 when the seeds are valid, 1 when they have problems and 2 when they
 * cannot be checked (no such directory, an unreadable file, wrong arguments).
 */
public final class SeedCheck {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int CANNOT_CHECK = 2;

    private SeedCheck() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Checks the directory named by the one argument, reporting on {@code out} and {@code err}; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || args[0].isBlank()) {
            err.println("usage: check-seeds DIR   (DIR holds sources.yaml, actors.yaml, places.yaml, eras.yaml, "
                    + "events.yaml and articles/)");
            return CANNOT_CHECK;
        }
        Path directory = Path.of(args[0]);
        if (!Files.isDirectory(directory)) {
            err.println("check-seeds: no seeds directory at " + directory.toAbsolutePath().normalize());
            return CANNOT_CHECK;
        }
        String name = directory + "/";
        SeedLocation location = SeedLocation.directory(directory);
        Summary summary = new Summary();
        try {
            new SeedScan(location).run(summary);
        } catch (SeedValidationException e) {
            return invalid(name, e.violations(), out);
        } catch (UncheckedIOException e) {
            err.println("check-seeds: " + e.getMessage() + ": " + e.getCause().getMessage());
            return CANNOT_CHECK;
        }
        out.println(name + " is valid: " + summary);
        return VALID;
    }

    private static int invalid(String name, List<SeedViolation> violations, PrintStream out) {
        violations.forEach(out::println);
        out.println(name + " is invalid: " + count(violations.size(), "problem"));
        return INVALID;
    }

    /** Counts what the scan hands on: the seeds are valid when it gets to the end. */
    private static final class Summary implements SeedScan.Consumer {

        private SeedIndex index;
        private int events;
        private int citations;

        @Override
        public void index(SeedIndex index, SeedArticles articles) {
            this.index = index;
        }

        @Override
        public void events(CheckedEvents checked) {
            events += checked.events().size();
            checked.events().forEach(event -> citations += event.citations() == null ? 0 : event.citations().size());
        }

        @Override
        public String toString() {
            return String.join(", ", count(events, "event"), count(citations, "citation"),
                    count(index.sources().size(), "source"), count(index.actors().size(), "actor"),
                    count(index.places().size(), "place"), count(index.eras().size(), "era"));
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
