package org.karabakh.timeline.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.karabakh.timeline.seed.SeedModel.EventSeed;

import static org.assertj.core.api.Assertions.assertThat;

/** The small valid seeds fixture, and copies of it broken in chosen places. */
final class SeedFixtures {

    static final Path VALID = Path.of("src/test/resources/seed-fixtures/valid");

    private SeedFixtures() {
    }

    /** What a scan of a seeds directory handed on: every event in order, and the seeds digest. */
    record Scanned(List<EventSeed> events, String digest) {
    }

    /**
     * Scans a seeds directory as a load does, keeping the events it hands on.
     *
     * @throws SeedValidationException as the scan does, naming every problem
     */
    static Scanned scan(Path dir) {
        List<EventSeed> events = new ArrayList<>();
        String digest = new SeedScan(SeedLocation.directory(dir)).run(new SeedScan.Consumer() {
            @Override
            public void index(SeedIndex index, SeedArticles articles) {
            }

            @Override
            public void events(CheckedEvents checked) {
                events.addAll(checked.events());
            }
        });
        return new Scanned(events, digest);
    }

    /** Copies the valid fixture into {@code dir} and replaces one text in one of its files. */
    static Path brokenCopy(Path dir, String file, String text, String replacement) {
        copy(VALID, dir);
        replace(dir.resolve(file), text, replacement);
        return dir;
    }

    /** Copies a seeds directory, articles included. */
    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces a text that must be in the file. */
    static void replace(Path file, String text, String replacement) {
        String content = read(file);
        assertThat(content).as("fixture %s", file).contains(text);
        try {
            Files.writeString(file, content.replace(text, replacement), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
