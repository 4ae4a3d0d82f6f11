package org.karabakh.timeline.seed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karabakh.timeline.scale.SeedGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The synthetic seeds of {@code bench/generate-seeds.sh} ({@link SeedGenerator}) pass the real
 * checks, are the same for the same seed value, and a single broken quote among them is refused
 * with its file, item and field.
 */
class GeneratedSeedsTest {

    private static final int EVENTS = 2_000;

    @TempDir
    Path dir;

    @Test
    void shouldPassTheLoadersChecks() {
        SeedGenerator.generate(EVENTS, dir, 11, -1);

        assertThat(read().events()).hasSize(EVENTS);
        SeedIndex index = new SeedReader(SeedLocation.directory(dir)).index(new ArrayList<>());
        assertThat(index.actors()).hasSizeGreaterThanOrEqualTo(3_000);
        assertThat(index.places()).hasSizeGreaterThanOrEqualTo(2_000);
        assertThat(index.eventFiles()).hasSizeGreaterThan(30).allMatch(file -> file.startsWith("events/"));
    }

    @Test
    void shouldGiveEveryEventOneToFiveCitationsAndOneToSixActorsSomeInTwoRoles() {
        SeedGenerator.generate(EVENTS, dir, 11, -1);

        assertThat(read().events()).allSatisfy(event -> {
            assertThat(event.citations()).hasSizeBetween(1, 5);
            assertThat(event.actors().stream().map(SeedModel.ParticipantSeed::id).distinct()).hasSizeBetween(1, 6);
        }).anyMatch(event -> event.actors().stream().map(SeedModel.ParticipantSeed::id).distinct().count()
                < event.actors().size());
    }

    @Test
    void shouldMixDatePrecisionsQualifiersSpansAndInferredDates() {
        SeedGenerator.generate(EVENTS, dir, 11, -1);

        List<SeedModel.SeedDate> dates = read().events().stream().map(SeedModel.EventSeed::date).toList();
        assertThat(dates).anyMatch(date -> date.start().length() == 4).anyMatch(date -> date.start().length() == 7)
                .anyMatch(date -> date.start().length() == 10).anyMatch(date -> date.end() != null)
                .anyMatch(date -> date.qualifier() != null).anyMatch(date -> Boolean.TRUE.equals(date.inferred()));
    }

    @Test
    void shouldWriteTheSameBytesForTheSameSeedValue() throws IOException {
        SeedGenerator.generate(300, dir.resolve("a"), 7, -1);
        SeedGenerator.generate(300, dir.resolve("b"), 7, -1);

        assertThat(SeedFixtures.scan(dir.resolve("a")).digest()).isEqualTo(SeedFixtures.scan(dir.resolve("b")).digest());
        assertThat(fileCount(dir.resolve("a"))).isEqualTo(fileCount(dir.resolve("b")));
    }

    @Test
    void shouldRefuseOneBrokenQuoteNamingItsFileItemAndField() {
        SeedGenerator.generate(EVENTS, dir, 11, 1_234);

        assertThatThrownBy(this::read)
                .isInstanceOf(SeedValidationException.class)
                .satisfies(e -> {
                    List<SeedViolation> violations = ((SeedValidationException) e).violations();
                    assertThat(violations).hasSize(1);
                    assertThat(violations.get(0).file()).matches(".*/events/\\d{4}-\\d{2}\\.yaml");
                    assertThat(violations.get(0).itemId()).startsWith("event 'event-");
                    assertThat(violations.get(0).field()).matches("citations\\[\\d]\\.quote");
                    assertThat(violations.get(0).message()).startsWith("quote not found verbatim in article");
                });
    }

    private SeedFixtures.Scanned read() {
        return SeedFixtures.scan(dir);
    }

    private static long fileCount(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.count();
        }
    }
}
