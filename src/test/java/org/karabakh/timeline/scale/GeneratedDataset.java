package org.karabakh.timeline.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The synthetic dataset the small scale tests run on: {@value #EVENTS} events, a little more than
 * lists are counted exactly ({@code Page.COUNT_LIMIT}), generated once per build into
 * {@code target/scale-test/} with a fixed seed, and the facts the tests expect read from its files.
 */
public final class GeneratedDataset {

    public static final int EVENTS = 10_500;
    public static final int ACTORS = 3_000;
    public static final Path SEEDS = Path.of("target", "scale-test", "seeds-" + EVENTS);

    /** A place entry as the generator writes it: its name, then the first alternative name (Cyrillic). */
    private static final Pattern PLACE = Pattern.compile(
            "^    name: \"([^\"]+)\"$[^-]*?alternativeNames:\n      - \"([^\"]+)\"$", Pattern.MULTILINE);

    private GeneratedDataset() {
    }

    /** The seeds directory, generated on first use. */
    public static synchronized Path seeds() {
        Path complete = SEEDS.resolve(".complete");
        if (!Files.exists(complete)) {
            try {
                deleteRecursively(SEEDS);
                SeedGenerator.generate(EVENTS, SEEDS, 11, -1);
                Files.createFile(complete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return SEEDS.toAbsolutePath();
    }

    /** How many events list this actor, in one role or more. */
    public static long eventsOfActor(String actorId) {
        Pattern listed = Pattern.compile("^      - \\{ id: " + Pattern.quote(actorId) + ", role: ", Pattern.MULTILINE);
        return events().filter(event -> listed.matcher(event).find()).count();
    }

    /** The lead actor of the first event that lists it in two roles ({@link SeedGenerator#TWO_ROLES_EVERY}). */
    public static String actorInTwoRoles() {
        Pattern actor = Pattern.compile("^      - \\{ id: (\\S+), role: ", Pattern.MULTILINE);
        return events().map(event -> actor.matcher(event).results().map(m -> m.group(1)).toList())
                .filter(actors -> actors.size() != actors.stream().distinct().count())
                .map(actors -> actors.get(0)).findFirst().orElseThrow();
    }

    /** The text of each generated event, file after file. */
    private static Stream<String> events() {
        try (Stream<Path> files = Files.list(seeds().resolve("events"))) {
            return files.sorted().toList().stream().flatMap(file -> Pattern.compile("\n  - id: ").splitAsStream(read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A place's name and its alternative name in Cyrillic script. */
    public record NamedPlace(String name, String cyrillicName) {
    }

    /** The n-th place of places.yaml with its Cyrillic name. */
    public static NamedPlace place(int index) {
        Matcher m = PLACE.matcher(read(seeds().resolve("places.yaml")));
        for (int i = 0; i <= index; i++) {
            if (!m.find()) {
                throw new IllegalStateException("no place #" + index);
            }
        }
        return new NamedPlace(m.group(1), m.group(2));
    }

    /** The id of the n-th person in actors.yaml. */
    public static String actorId(int index) {
        List<String> ids = Pattern.compile("^  - id: (person-\\S+)$", Pattern.MULTILINE)
                .matcher(read(seeds().resolve("actors.yaml"))).results().map(r -> r.group(1)).toList();
        return ids.get(index);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
