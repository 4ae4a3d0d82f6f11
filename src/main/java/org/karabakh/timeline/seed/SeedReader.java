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
import org.karabakh.timeline.seed.SeedModel.SourceSeed;
import org.karabakh.timeline.seed.SeedModel.SourcesFile;
import org.karabakh.timeline.seed.SeedSet.EventsFilePart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the seed files of one location into a {@link SeedSet}, failing on any file it cannot parse. */
public final class SeedReader {

    /** Most characters one seed file may hold (SnakeYAML's default is 3 MB); split larger event lists over events/. */
    static final int MAX_FILE_CODE_POINTS = 64 * 1024 * 1024;

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(loaderOptions()).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_FILE_CODE_POINTS);
        return options;
    }

    /** @throws SeedValidationException naming every file that is missing or does not parse */
    public SeedSet read(SeedLocation location) {
        location.unreadable().ifPresent(problem -> {
            throw new SeedValidationException(List.of(
                    new SeedViolation(location.describe(""), "(directory)", "(directory)", problem)));
        });
        MessageDigest digest = sha256();
        List<SeedViolation> problems = new ArrayList<>();
        SourcesFile sources = parse(location, SeedSet.SOURCES, SourcesFile.class, digest, problems);
        ActorsFile actors = parse(location, SeedSet.ACTORS, ActorsFile.class, digest, problems);
        PlacesFile places = parse(location, SeedSet.PLACES, PlacesFile.class, digest, problems);
        ErasFile eras = parse(location, SeedSet.ERAS, ErasFile.class, digest, problems);
        List<EventSeed> events = new ArrayList<>();
        List<EventsFilePart> eventFiles = new ArrayList<>();
        for (String file : eventFiles(location)) {
            // One file at a time: its bytes are dropped once parsed, so only the parsed events are kept.
            EventsFile part = parse(location, file, EventsFile.class, digest, problems);
            if (part != null && part.events() != null) {
                events.addAll(part.events());
                eventFiles.add(new EventsFilePart(file, part.events().size()));
            }
        }
        if (!problems.isEmpty()) {
            throw new SeedValidationException(problems);
        }

        Map<String, String> articles = new LinkedHashMap<>();
        for (SourceSeed source : orEmpty(sources.sources())) {
            if (source != null && isPlainFileName(source.file()) && !articles.containsKey(source.file())) {
                String path = SeedSet.ARTICLES + source.file();
                articles.put(source.file(), readBytes(location, path).map(bytes -> {
                    update(digest, path, bytes);
                    return decode(location, path, bytes);
                }).orElse(null));
            }
        }
        return new SeedSet(orEmpty(sources.sources()), orEmpty(actors.actors()), orEmpty(places.places()),
                orEmpty(eras.eras()), events, eventFiles, articles, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * {@code events.yaml} and every {@code events/*.yaml}, in that order (the directory's files sorted by name);
     * {@code events.yaml} alone, and so reported missing, when neither exists.
     */
    private static List<String> eventFiles(SeedLocation location) {
        List<String> files = new ArrayList<>();
        try {
            if (location.exists(SeedSet.EVENTS)) {
                files.add(SeedSet.EVENTS);
            }
            location.list(SeedSet.EVENTS_DIRECTORY, ".yaml").forEach(name -> files.add(SeedSet.EVENTS_DIRECTORY + name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + location.describe(SeedSet.EVENTS_DIRECTORY), e);
        }
        return files.isEmpty() ? List.of(SeedSet.EVENTS) : files;
    }

    /**
     * The digest {@link #read} would give, from the bytes alone: only {@code sources.yaml} is parsed (for the
     * order of the articles), so a start can tell that the seeds are the ones already loaded without parsing
     * and validating every event.
     *
     * @throws SeedValidationException when a seed file is missing or sources.yaml does not parse
     */
    public String digest(SeedLocation location) {
        MessageDigest digest = sha256();
        List<SeedViolation> problems = new ArrayList<>();
        SourcesFile sources = parse(location, SeedSet.SOURCES, SourcesFile.class, digest, problems);
        for (String file : List.of(SeedSet.ACTORS, SeedSet.PLACES, SeedSet.ERAS)) {
            readBytes(location, file).ifPresentOrElse(bytes -> update(digest, file, bytes), () -> problems.add(
                    new SeedViolation(location.describe(file), "(file)", "(file)", "the seed file is missing")));
        }
        for (String file : eventFiles(location)) {
            readBytes(location, file).ifPresentOrElse(bytes -> update(digest, file, bytes), () -> problems.add(
                    new SeedViolation(location.describe(file), "(file)", "(file)", "the seed file is missing")));
        }
        if (!problems.isEmpty()) {
            throw new SeedValidationException(problems);
        }
        Set<String> seen = new HashSet<>();
        for (SourceSeed source : orEmpty(sources.sources())) {
            if (source != null && isPlainFileName(source.file()) && seen.add(source.file())) {
                String path = SeedSet.ARTICLES + source.file();
                readBytes(location, path).ifPresent(bytes -> update(digest, path, bytes));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Article file names are plain names inside articles/, never paths that could leave it. */
    static boolean isPlainFileName(String file) {
        return file != null && file.matches("[A-Za-z0-9._-]+") && !file.startsWith(".");
    }

    /** The parsed file, or null after adding to {@code problems} why it is missing or cannot be parsed. */
    private <T> T parse(SeedLocation location, String file, Class<T> type, MessageDigest digest,
            List<SeedViolation> problems) {
        Optional<byte[]> bytes = readBytes(location, file);
        if (bytes.isEmpty()) {
            problems.add(new SeedViolation(location.describe(file), "(file)", "(file)", "the seed file is missing"));
            return null;
        }
        update(digest, file, bytes.get());
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

    private static Optional<byte[]> readBytes(SeedLocation location, String path) {
        try {
            return location.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location.describe(path), e);
        }
    }

    private static String decode(SeedLocation location, String path, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SeedValidationException(List.of(new SeedViolation(location.describe(path), "(file)", "(file)",
                    "the article is not valid UTF-8")));
        }
    }

    private static void update(MessageDigest digest, String path, byte[] bytes) {
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
