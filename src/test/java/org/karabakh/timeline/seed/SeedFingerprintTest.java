package org.karabakh.timeline.seed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprint tells a restart whether the seeds are those already loaded, so it must change with
 * their content however the directory is reached: deployments often point at seeds through symbolic
 * links (a release directory, a Kubernetes ConfigMap volume).
 */
class SeedFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void shouldFingerprintTheSeedsOfADirectoryReachedThroughASymbolicLinkAsTheDirectoryItself() throws IOException {
        Path release = dir.resolve("release-1");
        SeedFixtures.copy(SeedFixtures.VALID, release);
        Path current = Files.createSymbolicLink(dir.resolve("current"), release);
        String before = SeedFingerprint.of(current, SeedWriter.ROW_FORMAT).orElseThrow();

        Files.writeString(release.resolve("actors.yaml"), "\n# a comment\n", StandardOpenOption.APPEND);

        assertThat(SeedFingerprint.of(current, SeedWriter.ROW_FORMAT)).as("after a change")
                .isNotEqualTo(Optional.of(before))
                .isEqualTo(SeedFingerprint.of(release, SeedWriter.ROW_FORMAT));
    }

    @Test
    void shouldReadTheEventsOfASubdirectoryThatIsASymbolicLink() throws IOException {
        Path seeds = dir.resolve("seeds");
        SeedFixtures.copy(SeedFixtures.VALID, seeds);
        Path events = dir.resolve("events-1");
        Files.createDirectories(events);
        Files.writeString(events.resolve("2020.yaml"), "events: []\n");
        Files.createSymbolicLink(seeds.resolve("events"), events);
        String before = SeedFingerprint.of(seeds, SeedWriter.ROW_FORMAT).orElseThrow();

        Files.writeString(events.resolve("2020.yaml"), "events: [] # changed\n");

        assertThat(SeedFingerprint.of(seeds, SeedWriter.ROW_FORMAT)).isNotEqualTo(Optional.of(before));
    }
}
