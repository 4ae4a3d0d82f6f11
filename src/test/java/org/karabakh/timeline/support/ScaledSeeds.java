package org.karabakh.timeline.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.karabakh.timeline.Fixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A seeds directory of any size made from the fixture: its sources, articles, actors, places and eras,
 * and its events repeated under new ids ({@code war-1992-1994-c00017}) until there are as many as asked.
 * Every copy cites the same verbatim quotes, so the loader validates it as it validates the fixture.
 */
public final class ScaledSeeds {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String EVENTS = "events.yaml";

    private ScaledSeeds() {
    }

    /** Writes the seeds into {@code dir} (created) and returns the event ids in file order. */
    public static List<String> write(Path dir, int events) {
        copyFixture(dir);
        ArrayNode fixture = (ArrayNode) read(Fixture.SEEDS.resolve(EVENTS)).path("events");
        ArrayNode scaled = YAML.createArrayNode();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            ObjectNode event = fixture.get(i % fixture.size()).deepCopy();
            int copy = i / fixture.size();
            String id = copy == 0 ? event.path("id").asText() : event.path("id").asText() + String.format("-c%05d", copy);
            event.put("id", id);
            scaled.add(event);
            ids.add(id);
        }
        writeEvents(dir, scaled);
        return ids;
    }

    /** Rewrites the events of {@code dir}, keeping those whose id passes; returns the ids kept. */
    public static List<String> keep(Path dir, Predicate<String> id) {
        ArrayNode kept = YAML.createArrayNode();
        List<String> ids = new ArrayList<>();
        for (JsonNode event : read(dir.resolve(EVENTS)).path("events")) {
            if (id.test(event.path("id").asText())) {
                kept.add(event);
                ids.add(event.path("id").asText());
            }
        }
        writeEvents(dir, kept);
        return ids;
    }

    private static void writeEvents(Path dir, ArrayNode events) {
        try {
            // Written beside and moved in, so an instance reading the directory never sees half a file.
            Path partial = Files.createTempFile(dir.getParent(), "events", ".yaml");
            YAML.writeValue(partial.toFile(), YAML.createObjectNode().set("events", events));
            Files.move(partial, dir.resolve(EVENTS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFixture(Path dir) {
        try (Stream<Path> files = Files.walk(Fixture.SEEDS)) {
            for (Path source : files.toList()) {
                Path target = dir.resolve(Fixture.SEEDS.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals(EVENTS)) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
