package org.karabakh.timeline.seed;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.karabakh.timeline.seed.SeedModel.ActorsFile;
import org.karabakh.timeline.seed.SeedModel.ErasFile;
import org.karabakh.timeline.seed.SeedModel.EventSeed;
import org.karabakh.timeline.seed.SeedModel.EventsFile;
import org.karabakh.timeline.seed.SeedModel.PlacesFile;
import org.karabakh.timeline.seed.SeedModel.SourcesFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Parses the seed files of one location, one file at a time, adding every file's path and bytes to the
 * seeds digest (the dataset's version) in the order they are read: the four index files, the articles,
 * then the events files. A file that is missing or does not parse becomes a {@link SeedViolation}.
 */
public final class SeedReader {

    /** Most characters one seed file may hold (SnakeYAML's default is 3 MB); split larger event lists over events/. */
    static final int MAX_FILE_CODE_POINTS = 64 * 1024 * 1024;

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(loaderOptions()).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private final SeedLocation location;
    private final MessageDigest digest = sha256();

    public SeedReader(SeedLocation location) {
        this.location = location;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_FILE_CODE_POINTS);
        return options;
    }

    /**
     * The four index files and the names of the events files; null, after adding to {@code problems}, when one
     * of them is missing or does not parse.
     *
     * @throws SeedValidationException when the location itself cannot be read (no such directory)
     */
    public SeedIndex index(List<SeedViolation> problems) {
        location.unreadable().ifPresent(problem -> {
            throw new SeedValidationException(List.of(
                    new SeedViolation(location.describe(""), "(directory)", "(directory)", problem)));
        });
        int before = problems.size();
        SourcesFile sources = parse(SeedIndex.SOURCES, SourcesFile.class, problems);
        ActorsFile actors = parse(SeedIndex.ACTORS, ActorsFile.class, problems);
        PlacesFile places = parse(SeedIndex.PLACES, PlacesFile.class, problems);
        ErasFile eras = parse(SeedIndex.ERAS, ErasFile.class, problems);
        if (problems.size() > before) {
            return null;
        }
        return new SeedIndex(orEmpty(sources.sources()), orEmpty(actors.actors()), orEmpty(places.places()),
                orEmpty(eras.eras()), eventFiles());
    }

    /** The events of one events file; null, after adding to {@code problems}, when it is missing or does not parse. */
    public List<EventSeed> events(String file, List<SeedViolation> problems) {
        EventsFile events = parse(file, EventsFile.class, problems);
        return events == null ? null : orEmpty(events.events());
    }

    /** An article's bytes, added to the digest; empty when the file is missing. */
    Optional<byte[]> article(String file) {
        String path = SeedIndex.ARTICLES + file;
        Optional<byte[]> bytes = readBytes(location, path);
        bytes.ifPresent(b -> update(path, b));
        return bytes;
    }

    /** The digest of every file read so far, in the order read. */
    public String digest() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code events.yaml} and every {@code events/*.yaml}, in that order (the directory's files sorted by name);
     * {@code events.yaml} alone, and so reported missing, when neither exists.
     */
    public List<String> eventFiles() {
        List<String> files = new ArrayList<>();
        try {
            if (location.exists(SeedIndex.EVENTS)) {
                files.add(SeedIndex.EVENTS);
            }
            location.list(SeedIndex.EVENTS_DIRECTORY, ".yaml").forEach(name -> files.add(SeedIndex.EVENTS_DIRECTORY + name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + location.describe(SeedIndex.EVENTS_DIRECTORY), e);
        }
        return files.isEmpty() ? List.of(SeedIndex.EVENTS) : files;
    }

    /** Article file names are plain names inside articles/, never paths that could leave it. */
    static boolean isPlainFileName(String file) {
        return file != null && file.matches("[A-Za-z0-9._-]+") && !file.startsWith(".");
    }

    /** The parsed file, or null after adding to {@code problems} why it is missing or cannot be parsed. */
    private <T> T parse(String file, Class<T> type, List<SeedViolation> problems) {
        Optional<byte[]> bytes = readBytes(location, file);
        if (bytes.isEmpty()) {
            problems.add(new SeedViolation(location.describe(file), "(file)", "(file)", "the seed file is missing"));
            return null;
        }
        update(file, bytes.get());
        try {
            T parsed = yaml.readValue(bytes.get(), type);
            if (parsed == null) {
                problems.add(new SeedViolation(location.describe(file), "(file)", "(file)", "the seed file is empty"));
            }
            return parsed;
        } catch (JsonMappingException e) {
            problems.add(new SeedViolation(location.describe(file), "(file)", fieldPath(e),
                    e.getOriginalMessage() + locationOf(e)));
        } catch (JacksonException e) {
            problems.add(new SeedViolation(location.describe(file), "(file)", "(syntax)",
                    e.getOriginalMessage() + locationOf(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String locationOf(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    static Optional<byte[]> readBytes(SeedLocation location, String path) {
        try {
            return location.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location.describe(path), e);
        }
    }

    /** The text of UTF-8 bytes; empty when they are not valid UTF-8. */
    static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private void update(String path, byte[] bytes) {
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
