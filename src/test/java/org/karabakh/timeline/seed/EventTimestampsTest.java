package org.karabakh.timeline.seed;

import org.junit.jupiter.api.Test;
import org.karabakh.timeline.model.Event;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** How a load stamps the events it writes, on rows as an earlier load left them. */
class EventTimestampsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00.123Z");

    @Test
    void shouldKeepTheTimestampsOfAnUnchangedEventInWholeMilliseconds() {
        // Written by a version that stored microseconds.
        Instant stored = Instant.parse("2026-11-23T17:14:05.819134Z");

        Event event = stamp("same", new EventTimestamps.Stored("same", stored, stored));

        assertThat(event.createdAt).isEqualTo("2026-11-23T17:14:05.819Z");
        assertThat(event.updatedAt).isEqualTo("2026-11-23T17:14:05.819Z");
    }

    @Test
    void shouldStampAChangedEventNow() {
        Instant stored = Instant.parse("2026-11-23T17:14:05.819Z");

        Event event = stamp("after", new EventTimestamps.Stored("before", stored, stored));

        assertThat(event.createdAt).isEqualTo(stored);
        assertThat(event.updatedAt).isEqualTo(NOW);
    }

    @Test
    void shouldStampBothTimesOfANewEventNow() {
        Event event = stamp("new", null);

        assertThat(event.createdAt).isEqualTo(NOW);
        assertThat(event.updatedAt).isEqualTo(NOW);
    }

    private static Event stamp(String contentHash, EventTimestamps.Stored before) {
        Event event = new Event();
        event.id = "war";
        event.contentHash = contentHash;
        EventTimestamps.stamp(event, before, NOW);
        return event;
    }
}
