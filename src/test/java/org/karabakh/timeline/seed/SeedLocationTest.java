package org.karabakh.timeline.seed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A seeds directory that is not there is reported as such, naming it, not as a missing first file. */
class SeedLocationTest {

    @TempDir
    Path dir;

    @Test
    void shouldSayThatAMissingSeedsDirectoryDoesNotExist() {
        Path missing = dir.resolve("nonexistent");

        assertThatThrownBy(() -> SeedFixtures.scan(missing))
                .isInstanceOf(SeedValidationException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("the seeds directory does not exist")
                .hasMessageNotContaining("sources.yaml");
    }

    @Test
    void shouldSayThatASeedsDirectoryWhichIsAFileIsNotADirectory() throws IOException {
        Path file = Files.writeString(dir.resolve("seeds.yaml"), "sources: []\n");

        assertThatThrownBy(() -> SeedFixtures.scan(file))
                .isInstanceOf(SeedValidationException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("the seeds directory is not a directory")
                .hasMessageNotContaining("sources.yaml:");
    }
}
