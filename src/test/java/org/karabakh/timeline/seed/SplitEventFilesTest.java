package org.karabakh.timeline.seed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karabakh.timeline.seed.SeedModel.EventSeed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events may be split over {@code events/*.yaml} (e.g. one file per year) as well as, or instead of,
 * {@code events.yaml}: the files are read in a fixed order and every message names the file an
 * event came from.
 */
class SplitEventFilesTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadEventsYamlThenTheEventsDirectoryInNameOrder() throws IOException {
        SeedFixtures.copy(SeedFixtures.VALID, dir);
        writeEvent("events/2021.yaml", "talks-2021");
        writeEvent("events/2020.yaml", "talks-2020");

        assertThat(SeedFixtures.scan(dir).events()).extracting(EventSeed::id)
                .containsExactly("ceasefire-signed", "talks-2020", "talks-2021");
        assertThat(new SeedReader(SeedLocation.directory(dir)).eventFiles())
                .containsExactly("events.yaml", "events/2020.yaml", "events/2021.yaml");
    }

    @Test
    void shouldAcceptEventsOnlyInTheEventsDirectory() throws IOException {
        SeedFixtures.copy(SeedFixtures.VALID, dir);
        Files.move(dir.resolve("events.yaml"), Files.createDirectories(dir.resolve("events")).resolve("2020.yaml"));

        assertThat(SeedFixtures.scan(dir).events()).extracting(EventSeed::id).containsExactly("ceasefire-signed");
    }

    @Test
    void shouldReportMissingEventsWhenNeitherEventsYamlNorTheDirectoryHoldsAny() throws IOException {
        SeedFixtures.copy(SeedFixtures.VALID, dir);
        Files.delete(dir.resolve("events.yaml"));

        assertThatThrownBy(() -> SeedFixtures.scan(dir))
                .isInstanceOf(SeedValidationException.class)
                .hasMessageContaining(dir.resolve("events.yaml") + ": (file), field '(file)': the seed file is missing");
    }

    @Test
    void shouldNameTheSplitFileOfAnEventWithAProblem() throws IOException {
        SeedFixtures.copy(SeedFixtures.VALID, dir);
        writeEvent("events/2020.yaml", "talks-2020");
        writeEvent("events/2021.yaml", "talks-2021");
        Path broken = dir.resolve("events/2021.yaml");
        Files.writeString(broken, Files.readString(broken).replace("party-a", "party-z"));

        assertThatThrownBy(() -> validate()).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining(broken + ": event 'talks-2021', field 'actors[0].id': refers to unknown actor 'party-z'")
                .hasMessageNotContaining("talks-2020");
    }

    @Test
    void shouldRejectTheSameIdInTwoFiles() throws IOException {
        SeedFixtures.copy(SeedFixtures.VALID, dir);
        writeEvent("events/2020.yaml", "ceasefire-signed");

        assertThatThrownBy(() -> validate()).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining(dir.resolve("events/2020.yaml") + ": event 'ceasefire-signed', field 'id': duplicate id");
    }

    @Test
    void shouldNameTheSplitFileThatDoesNotParse() throws IOException {
        SeedFixtures.copy(SeedFixtures.VALID, dir);
        Files.createDirectories(dir.resolve("events"));
        Files.writeString(dir.resolve("events/2020.yaml"), "events:\n  - id: [unclosed\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SeedFixtures.scan(dir))
                .isInstanceOf(SeedValidationException.class)
                .hasMessageContaining(dir.resolve("events/2020.yaml") + ": (file)");
    }

    @Test
    void shouldChangeTheDigestWhenASplitFileChanges() throws IOException {
        SeedFixtures.copy(SeedFixtures.VALID, dir);
        writeEvent("events/2020.yaml", "talks-2020");
        String before = SeedFixtures.scan(dir).digest();
        writeEvent("events/2020.yaml", "talks-in-2020");

        assertThat(SeedFixtures.scan(dir).digest()).isNotEqualTo(before);
    }

    private void validate() {
        SeedFixtures.scan(dir);
    }

    /** Writes a file holding a copy of the fixture's one event under another id. */
    private String writeEvent(String file, String id) throws IOException {
        String events = SeedFixtures.read(SeedFixtures.VALID.resolve("events.yaml")).replace("ceasefire-signed", id);
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), events, StandardCharsets.UTF_8);
        return events;
    }
}
