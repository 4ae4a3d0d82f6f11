package org.karabakh.timeline.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A digest of every file in a seeds directory (names and bytes, hidden files aside), computed without
 * parsing anything: a start that finds the fingerprint it stored last time knows the seeds are those
 * already loaded and reads none of them. Hashing is far cheaper than parsing and validating, so a
 * restart with unchanged seeds costs a read of the files, however many events they hold.
 */
final class SeedFingerprint {

    private static final int BUFFER = 1 << 16;

    private SeedFingerprint() {
    }

    /**
     * The directory's fingerprint for rows of this format ({@link SeedWriter#ROW_FORMAT}); empty when it
     * is not a readable directory (the reader then says why).
     */
    static Optional<String> of(Path directory, int rowFormat) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        MessageDigest digest = sha256();
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(rowFormat).array());
        // Links followed: a seeds directory is often reached through one (a release directory, a Kubernetes
        // ConfigMap volume), and the load reads through them too. Not following them fingerprinted no file.
        try (Stream<Path> walk = Files.walk(directory, FileVisitOption.FOLLOW_LINKS)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(directory.relativize(file)))
                    .sorted()
                    .toList();
            byte[] buffer = new byte[BUFFER];
            for (Path file : files) {
                digest.update(directory.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(ByteBuffer.allocate(Long.BYTES).putLong(Files.size(file)).array());
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                    while (in.read(buffer) >= 0) {
                        // the stream feeds the digest
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seeds directory " + directory, e);
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /** Editor swap files, .git and the like: never seeds. */
    private static boolean isHidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
