package org.karabakh.timeline.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Where seed files are read from: the copy packaged in the artifact, or a directory on disk. */
public interface SeedLocation {

    /** The file's bytes, or empty when there is no such file. */
    Optional<byte[]> read(String relativePath) throws IOException;

    /** Whether the file exists, without reading it. */
    default boolean exists(String relativePath) throws IOException {
        return read(relativePath).isPresent();
    }

    /**
     * The names of the files directly inside {@code relativeDirectory} that end with {@code suffix}, sorted, so
     * that files split over a directory are always read in the same order; empty when there is no such directory.
     */
    List<String> list(String relativeDirectory, String suffix) throws IOException;

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
            public boolean exists(String relativePath) {
                return Thread.currentThread().getContextClassLoader().getResource(root + "/" + relativePath) != null;
            }

            @Override
            public List<String> list(String relativeDirectory, String suffix) throws IOException {
                URL url = Thread.currentThread().getContextClassLoader().getResource(root + "/" + relativeDirectory);
                if (url == null) {
                    return List.of();
                }
                URI uri;
                try {
                    uri = url.toURI();
                } catch (URISyntaxException e) {
                    throw new IOException("Cannot list " + url, e);
                }
                if (!"jar".equals(uri.getScheme())) {
                    return names(Path.of(uri), suffix);
                }
                // Inside the packaged app: open the jar as a file system, or use it where it is open already.
                try {
                    return names(FileSystems.getFileSystem(uri).provider().getPath(uri), suffix);
                } catch (FileSystemNotFoundException notOpen) {
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        return names(jar.provider().getPath(uri), suffix);
                    }
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
            public boolean exists(String relativePath) {
                return Files.isRegularFile(directory.resolve(relativePath));
            }

            @Override
            public List<String> list(String relativeDirectory, String suffix) throws IOException {
                Path inside = directory.resolve(relativeDirectory);
                return Files.isDirectory(inside) ? names(inside, suffix) : List.of();
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

    private static List<String> names(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> !Files.isDirectory(file))
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(suffix) && !name.startsWith("."))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
