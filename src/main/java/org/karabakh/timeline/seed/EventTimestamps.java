package org.karabakh.timeline.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.karabakh.timeline.model.Event;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * Keeps {@code createdAt} and {@code updatedAt} meaningful when seeds are loaded again into a
 * persistent database, so that {@code updatedSince} returns exactly what changed: an event keeps
 * its {@code createdAt} while it stays in the seeds, and its {@code updatedAt} while its content
 * hash (a digest of everything its representation shows) stays the same. Every instant is a whole
 * number of milliseconds, what a JavaScript {@code Date} keeps, so a client that sends back the
 * {@code loadedAt} it parsed gets nothing it already has.
 */
final class EventTimestamps {

    /** The precision of every stored and served instant. */
    static final ChronoUnit PRECISION = ChronoUnit.MILLIS;

    private static final ObjectMapper CANONICAL = new ObjectMapper();

    /** What a load knows of an event already stored, read only for the events it rewrites. */
    record Stored(String contentHash, Instant createdAt, Instant updatedAt) {
    }

    private EventTimestamps() {
    }

    /** Whether an instant is already at {@link #PRECISION}. */
    static boolean isWhole(Instant instant) {
        return instant.equals(truncate(instant));
    }

    private static Instant truncate(Instant instant) {
        return instant.truncatedTo(PRECISION);
    }

    /**
     * Sets the event's timestamps; its {@code contentHash} must be set. New or changed content is
     * stamped {@code now}, which must be at {@link #PRECISION}; kept instants stored with a finer
     * precision by an earlier version are cut to it.
     *
     * @param before the stored event with the same id, or null for an event new to the database
     */
    static void stamp(Event event, Stored before, Instant now) {
        event.createdAt = before == null ? now : truncate(before.createdAt());
        event.updatedAt = before != null && before.contentHash().equals(event.contentHash)
                ? truncate(before.updatedAt()) : now;
    }

    /**
     * Digest of a seed entry together with the digests of what its representation shows from other
     * entries (an event's era, actors, places and sources), so a renamed actor also changes the events
     * it takes part in.
     */
    static String contentHash(List<?> parts) {
        try {
            byte[] json = CANONICAL.writeValueAsBytes(parts);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot digest " + parts.get(0), e);
        }
    }
}
