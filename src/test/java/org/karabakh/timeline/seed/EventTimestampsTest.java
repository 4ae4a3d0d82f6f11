package org.karabakh.timeline.seed;

import org.junit.jupiter.api.Test;
import org.karabakh.timeline.model.Event;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a reload stamps events, on rows as an earlier load left them. */
class EventTimestampsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00.123Z");

    @Test
    void shouldKeepTheTimestampsOfAnUnchangedEventInWholeMilliseconds() {
        // Written by a version that stored microseconds.
        Instant stored = Instant.parse("2026-11-23T17:14:05.819134Z");
        EventTimestamps timestamps = EventTimestamps.of(List.<Object[]>of(new Object[] { "war", "same", stored, stored }));

        Event event = stamp(timestamps, "war", "same");

        assertThat(event.createdAt).isEqualTo("2026-11-23T17:14:05.819Z");
        assertThat(event.updatedAt).isEqualTo("2026-11-23T17:14:05.819Z");
    }

    @Test
    void shouldStampAChangedEventNow() {
        Instant stored = Instant.parse("2026-11-23T17:14:05.819Z");
        EventTimestamps timestamps = EventTimestamps.of(List.<Object[]>of(new Object[] { "war", "before", stored, stored }));

        Event event = stamp(timestamps, "war", "after");

        assertThat(event.createdAt).isEqualTo(stored);
        assertThat(event.updatedAt).isEqualTo(NOW);
    }

    private static Event stamp(EventTimestamps timestamps, String id, String contentHash) {
        Event event = new Event();
        event.id = id;
        event.contentHash = contentHash;
        timestamps.stamp(event, NOW);
        return event;
    }
}
