package org.karabakh.timeline.model;

import java.time.LocalDate;

/**
 * Where an event stands in the chronological order (first day, then id): what keyset paging starts after.
 * A position with no id is a day's beginning, before every event of that day: no event's id is empty.
 */
public record EventPosition(LocalDate start, String id) {

    public static EventPosition of(Event event) {
        return new EventPosition(event.date.start, event.id);
    }

    /** Before every event whose first day is {@code day}, and after every event of an earlier day. */
    public static EventPosition beginningOf(LocalDate day) {
        return new EventPosition(day, "");
    }

    /** Whether this is a day's beginning rather than an event's position. */
    public boolean isBeginningOfDay() {
        return id.isEmpty();
    }
}
