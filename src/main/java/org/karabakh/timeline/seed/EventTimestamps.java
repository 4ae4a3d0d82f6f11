package org.karabakh.timeline.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.karabakh.timeline.model.Event;
import org.karabakh.timeline.seed.SeedModel.ActorSeed;
import org.karabakh.timeline.seed.SeedModel.EraSeed;
import org.karabakh.timeline.seed.SeedModel.EventSeed;
import org.karabakh.timeline.seed.SeedModel.PlaceSeed;
import org.karabakh.timeline.seed.SeedModel.SourceSeed;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

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

    /** What a reload knows of an event already stored. */
    private record Stored(String contentHash, Instant createdAt, Instant updatedAt) {
    }

    private final Map<String, Stored> stored;

    private EventTimestamps(Map<String, Stored> stored) {
        this.stored = stored;
    }

    /**
     * @param rows the stored events as {@code id, contentHash, createdAt, updatedAt}; instants stored
     *             with a finer precision by an earlier version are cut to {@link #PRECISION}
     */
    static EventTimestamps of(List<Object[]> rows) {
        Map<String, Stored> stored = new HashMap<>();
        for (Object[] row : rows) {
            stored.put((String) row[0], new Stored((String) row[1], truncate((Instant) row[2]),
                    truncate((Instant) row[3])));
        }
        return new EventTimestamps(stored);
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
     * stamped {@code now}, which must be at {@link #PRECISION}.
     */
    void stamp(Event event, Instant now) {
        Stored before = stored.get(event.id);
        event.createdAt = before == null ? now : before.createdAt();
        event.updatedAt = before != null && before.contentHash().equals(event.contentHash) ? before.updatedAt() : now;
    }

    /** Digest of everything an event's representation shows, so a renamed actor also counts as a change. */
    static String contentHash(EventSeed seed, Map<String, ActorSeed> actors, Map<String, PlaceSeed> places,
            Map<String, EraSeed> eras, Map<String, SourceSeed> sources) {
        List<Object> parts = new ArrayList<>();
        parts.add(seed);
        parts.add(eras.get(seed.era()));
        if (seed.actors() != null) {
            seed.actors().forEach(a -> parts.add(actors.get(a.id())));
        }
        if (seed.places() != null) {
            seed.places().forEach(p -> parts.add(places.get(p)));
        }
        seed.citations().forEach(c -> parts.add(sources.get(c.source())));
        try {
            byte[] json = CANONICAL.writeValueAsBytes(parts);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot digest event " + seed.id(), e);
        }
    }
}
