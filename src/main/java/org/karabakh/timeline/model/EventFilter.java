package org.karabakh.timeline.model;

import org.karabakh.timeline.dates.DateWindow;

import java.time.Instant;
import java.util.Set;

/**
 * A validated event query: different criteria combine with AND, the values of one criterion with OR.
 * {@code after}, when set, keeps only the events that follow that position in the {@code sort} order
 * (keyset paging).
 *
 * @param sourcesDisagree only events whose sources do (true) or do not (false) disagree with their date; null for both
 */
public record EventFilter(DateWindow window, Set<String> actors, Set<String> places, Set<String> eras,
        Set<String> sources, Set<EventType> types, String text, Instant updatedSince, Boolean sourcesDisagree,
        EventSort sort, EventPosition after) {

    public EventFilter(DateWindow window, Set<String> actors, Set<String> places, Set<String> eras,
            Set<String> sources, Set<EventType> types, String text, Instant updatedSince, Boolean sourcesDisagree,
            EventSort sort) {
        this(window, actors, places, eras, sources, types, text, updatedSince, sourcesDisagree, sort, null);
    }

    /** The same filter, keeping only the events that follow {@code position}. */
    public EventFilter after(EventPosition position) {
        return new EventFilter(window, actors, places, eras, sources, types, text, updatedSince, sourcesDisagree, sort,
                position);
    }

    /** The same filter, keeping only the events of one era (among those it already allows). */
    public EventFilter inEra(String eraId) {
        return new EventFilter(window, actors, places, Set.of(eraId), sources, types, text, updatedSince,
                sourcesDisagree, sort, after);
    }

    public static final EventFilter ALL = new EventFilter(DateWindow.ALL, Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), null, null, null, EventSort.DATE);

    public static EventFilter ofEra(String eraId) {
        return new EventFilter(DateWindow.ALL, Set.of(), Set.of(), Set.of(eraId), Set.of(), Set.of(), null, null, null,
                EventSort.DATE);
    }

    public static EventFilter ofPlace(String placeId) {
        return new EventFilter(DateWindow.ALL, Set.of(), Set.of(placeId), Set.of(), Set.of(), Set.of(), null, null,
                null, EventSort.DATE);
    }

    public static EventFilter ofSource(String sourceId) {
        return new EventFilter(DateWindow.ALL, Set.of(), Set.of(), Set.of(), Set.of(sourceId), Set.of(), null, null,
                null, EventSort.DATE);
    }
}
