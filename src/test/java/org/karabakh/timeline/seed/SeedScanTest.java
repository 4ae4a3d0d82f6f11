package org.karabakh.timeline.seed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karabakh.timeline.seed.SeedModel.EventSeed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A scan reads the events one file at a time and hands each on only while everything before it is
 * valid; it still checks the rest, so that one report names every problem, and bounds that report.
 */
class SeedScanTest {

    @TempDir
    Path dir;

    @Test
    void shouldHandOnEachEventsFileInTurnThenEnd() throws IOException {
        SeedFixtures.copy(SeedFixtures.VALID, dir);
        writeEvents("events/2020.yaml", "talks-2020");
        writeEvents("events/2021.yaml", "talks-2021");
        Recorder recorder = new Recorder();

        String digest = new SeedScan(SeedLocation.directory(dir)).run(recorder);

        assertThat(recorder.calls).containsExactly("index", "events [ceasefire-signed]", "events [talks-2020]",
                "events [talks-2021]", "end");
        assertThat(recorder.inSeeds).isNotNull();
        assertThat(recorder.inSeeds.test("talks-2021")).isTrue();
        assertThat(recorder.inSeeds.test("talks-2019")).isFalse();
        assertThat(recorder.digest).isEqualTo(digest);
    }

    @Test
    void shouldHandOnNothingAfterAProblemButReportTheProblemsOfLaterFilesToo() throws IOException {
        SeedFixtures.copy(SeedFixtures.VALID, dir);
        writeEvents("events/2020.yaml", "talks-2020");
        writeEvents("events/2021.yaml", "talks-2021");
        writeEvents("events/2022.yaml", "talks-2022");
        SeedFixtures.replace(dir.resolve("events/2020.yaml"), "type: ceasefire", "type: battle");
        SeedFixtures.replace(dir.resolve("events/2022.yaml"), "era: present", "era: future");
        Recorder recorder = new Recorder();

        assertThatThrownBy(() -> new SeedScan(SeedLocation.directory(dir)).run(recorder))
                .isInstanceOf(SeedValidationException.class)
                .hasMessageContaining(dir.resolve("events/2020.yaml") + ": event 'talks-2020', field 'type'")
                .hasMessageContaining(dir.resolve("events/2022.yaml") + ": event 'talks-2022', field 'era'");
        assertThat(recorder.calls).containsExactly("index", "events [ceasefire-signed]");
    }

    @Test
    void shouldListAtMostATousandProblemsAndCountTheRest() throws IOException {
        SeedFixtures.copy(SeedFixtures.VALID, dir);
        StringBuilder events = new StringBuilder("events:\n");
        for (int i = 0; i < SeedScan.MAX_REPORTED + 200; i++) {
            events.append("  - id: Not-A-Slug-").append(i).append('\n');
        }
        Files.createDirectories(dir.resolve("events"));
        Files.writeString(dir.resolve("events/2020.yaml"), events, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new SeedScan(SeedLocation.directory(dir)).run(new Recorder()))
                .isInstanceOf(SeedValidationException.class)
                .satisfies(e -> {
                    List<SeedViolation> violations = ((SeedValidationException) e).violations();
                    assertThat(violations).hasSize(SeedScan.MAX_REPORTED + 1);
                    assertThat(violations.get(SeedScan.MAX_REPORTED).message()).matches("\\d+ more problems not listed.*");
                });
    }

    @Test
    void shouldStopCheckingAndPassOnTheFailureWhenTheConsumerFails() throws IOException {
        SeedFixtures.copy(SeedFixtures.VALID, dir);
        for (int year = 2000; year < 2020; year++) {
            writeEvents("events/" + year + ".yaml", "talks-" + year);
        }
        Recorder failing = new Recorder() {
            @Override
            public void events(CheckedEvents checked) {
                super.events(checked);
                throw new IllegalStateException("the database went away");
            }
        };

        assertThatThrownBy(() -> new SeedScan(SeedLocation.directory(dir)).run(failing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the database went away");
        assertThat(failing.calls).containsExactly("index", "events [ceasefire-signed]");
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("seed-check");
    }

    /** Writes a copy of the fixture's one event under another id. */
    private void writeEvents(String file, String id) throws IOException {
        String events = SeedFixtures.read(SeedFixtures.VALID.resolve("events.yaml")).replace("ceasefire-signed", id);
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), events, StandardCharsets.UTF_8);
    }

    private static class Recorder implements SeedScan.Consumer {

        final List<String> calls = new ArrayList<>();
        Predicate<String> inSeeds;
        String digest;

        @Override
        public void index(SeedIndex index, SeedArticles articles) {
            calls.add("index");
        }

        @Override
        public void events(CheckedEvents checked) {
            calls.add("events " + checked.events().stream().map(EventSeed::id).toList());
        }

        @Override
        public void end(String digest, Predicate<String> inSeeds) {
            calls.add("end");
            this.digest = digest;
            this.inSeeds = inSeeds;
        }
    }
}
