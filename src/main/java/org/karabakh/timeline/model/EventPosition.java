package org.karabakh.timeline.model;

import java.time.LocalDate;

/** Where an event stands in the chronological order (first day, then id): what keyset paging starts after. */
public record EventPosition(LocalDate start, String id) {

    public static EventPosition of(Event event) {
        return new EventPosition(event.date.start, event.id);
    }
}
