package org.karabakh.timeline.seed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curators' command, {@code bin/check-seeds DIR}: run through its entry point with captured
 * output, on the valid fixtures and on copies of the small one broken in several places.
 */
class SeedCheckTest {

    @TempDir
    Path dir;

    @Test
    void shouldExitZeroWithASummaryForValidSeeds() {
        Result result = check(SeedFixtures.VALID.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(SeedFixtures.VALID + "/ is valid: 1 event, 1 citation, 1 source, "
                + "1 actor, 1 place, 1 era" + System.lineSeparator());
        assertThat(result.err()).isEmpty();
    }

    @Test
    void shouldExitZeroForTheBehaviourFixture() {
        Result result = check("src/test/resources/fixture-seeds");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("src/test/resources/fixture-seeds/ is valid: ").contains(" events, ");
    }

    @Test
    void shouldExitOneAndPrintEveryProblemWithFileItemAndField() {
        Path seeds = SeedFixtures.brokenCopy(dir, "events.yaml", "type: ceasefire", "type: battle");
        SeedFixtures.replace(seeds.resolve("events.yaml"), "{ id: party-a, role: signatory }",
                "{ id: party-z, role: signatory }");
        SeedFixtures.replace(seeds.resolve("sources.yaml"), "file: gazette.txt", "file: missing.txt");

        Result result = check(seeds.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains(
                seeds.resolve("events.yaml") + ": event 'ceasefire-signed', field 'type': unknown value 'battle'",
                seeds.resolve("events.yaml") + ": event 'ceasefire-signed', field 'actors[0].id': refers to unknown actor 'party-z'",
                seeds.resolve("sources.yaml") + ": source 'gazette', field 'file': article not found")
                .endsWith(seeds + "/ is invalid: 3 problems" + System.lineSeparator());
    }

    @Test
    void shouldExitOneAndPrintEveryFileThatDoesNotParse() {
        Path seeds = SeedFixtures.brokenCopy(dir, "places.yaml", "    kind: city", "    kind: city\n    population: 1");
        SeedFixtures.replace(seeds.resolve("events.yaml"), "title: Ceasefire signed", "title: \"Ceasefire signed");

        Result result = check(seeds.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains(
                seeds.resolve("places.yaml") + ": (file), field 'places[0].population'",
                seeds.resolve("events.yaml") + ": (file), field 'events[0]'",
                "is invalid: 2 problems");
    }

    @Test
    void shouldExitTwoNamingADirectoryThatDoesNotExist() {
        Path missing = dir.resolve("no-such-seeds");

        Result result = check(missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no seeds directory at " + missing);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void shouldExitTwoWithUsageWithoutExactlyOneDirectory() {
        Result result = check();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("usage: check-seeds DIR");
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result check(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = SeedCheck.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
