package org.karabakh.timeline.seed;

import org.karabakh.timeline.seed.SeedModel.EventSeed;

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
        SeedSet seeds;
        try {
            seeds = new SeedReader().read(location);
        } catch (SeedValidationException e) {
            return invalid(name, e.violations(), " (the other checks run once every file parses)", out);
        } catch (UncheckedIOException e) {
            err.println("check-seeds: " + e.getMessage() + ": " + e.getCause().getMessage());
            return CANNOT_CHECK;
        }
        try {
            new SeedValidator().validate(seeds, location);
        } catch (SeedValidationException e) {
            return invalid(name, e.violations(), "", out);
        }
        out.println(name + " is valid: " + summary(seeds));
        return VALID;
    }

    private static int invalid(String name, List<SeedViolation> violations, String note, PrintStream out) {
        violations.forEach(out::println);
        out.println(name + " is invalid: " + count(violations.size(), "problem") + note);
        return INVALID;
    }

    private static String summary(SeedSet seeds) {
        int citations = seeds.events().stream().mapToInt(SeedCheck::citations).sum();
        return String.join(", ", count(seeds.events().size(), "event"), count(citations, "citation"),
                count(seeds.sources().size(), "source"), count(seeds.actors().size(), "actor"),
                count(seeds.places().size(), "place"), count(seeds.eras().size(), "era"));
    }

    private static int citations(EventSeed event) {
        return event.citations() == null ? 0 : event.citations().size();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
