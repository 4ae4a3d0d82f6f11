package org.karabakh.timeline.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Where seed files are read from: the copy packaged in the artifact, or a directory on disk. */
public interface SeedLocation {

    /** The file's bytes, or empty when there is no such file. */
    Optional<byte[]> read(String relativePath) throws IOException;

    /** How to name a file in messages, e.g. {@code seeds/events.yaml}. */
    String describe(String relativePath);

    /** Why nothing at all can be read here, e.g. the directory does not exist; empty when files can be read. */
    default Optional<String> unreadable() {
        return Optional.empty();
    }

    static SeedLocation classpath(String root) {
        return new SeedLocation() {
            @Override
            public Optional<byte[]> read(String relativePath) throws IOException {
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                try (InputStream in = loader.getResourceAsStream(root + "/" + relativePath)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                }
            }

            @Override
            public String describe(String relativePath) {
                return root + "/" + relativePath;
            }
        };
    }

    static SeedLocation directory(Path directory) {
        return new SeedLocation() {
            @Override
            public Optional<byte[]> read(String relativePath) throws IOException {
                try {
                    return Optional.of(Files.readAllBytes(directory.resolve(relativePath)));
                } catch (NoSuchFileException e) {
                    return Optional.empty();
                }
            }

            @Override
            public String describe(String relativePath) {
                return directory.resolve(relativePath).toString();
            }

            @Override
            public Optional<String> unreadable() {
                if (!Files.exists(directory)) {
                    return Optional.of("the seeds directory does not exist");
                }
                return Files.isDirectory(directory) ? Optional.empty()
                        : Optional.of("the seeds directory is not a directory");
            }
        };
    }
}
