package org.karabakh.timeline.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.era.EraService;
import org.karabakh.timeline.era.EraView;
import org.karabakh.timeline.event.EventService;
import org.karabakh.timeline.event.EventView;
import org.karabakh.timeline.model.Event;
import org.karabakh.timeline.model.EventFilter;
import org.karabakh.timeline.model.EventSort;
import org.karabakh.timeline.paging.PageRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the selected events for a front-end that draws the whole timeline from one response.
 * Groups follow the requested event order, so {@code sort=-date} gives a newest-first timeline.
 */
@ApplicationScoped
public class TimelineService {

    private final EventService events;
    private final EraService eras;

    public TimelineService(EventService events, EraService eras) {
        this.events = events;
        this.eras = eras;
    }

    public TimelineView timeline(EventFilter filter, GroupBy groupBy) {
        List<Event> selected = events.list(filter, PageRequest.unpaged());
        Map<String, GroupBuilder> groups = new LinkedHashMap<>();
        if (groupBy == GroupBy.ERA) {
            List<EraView> ordered = new ArrayList<>(eras.listAll());
            if (filter.sort() == EventSort.DATE_DESCENDING) {
                Collections.reverse(ordered);
            }
            ordered.forEach(era -> groups.put(era.id(), new GroupBuilder(era.id(), era.name(), era.span().earliest(),
                    era.span().latest())));
        }
        for (Event event : selected) {
            int year = event.date.start.getYear();
            GroupBuilder group = switch (groupBy) {
                case YEAR -> groups.computeIfAbsent(Integer.toString(year), key ->
                        new GroupBuilder(key, key, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
                case DECADE -> {
                    int decade = year - Math.floorMod(year, 10);
                    yield groups.computeIfAbsent(decade + "s", key ->
                            new GroupBuilder(key, key, LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31)));
                }
                case ERA -> groups.get(event.era.id);
            };
            group.events.add(EventView.of(event));
        }
        List<TimelineView.Group> result = groups.values().stream()
                .filter(g -> !g.events.isEmpty())
                .map(g -> new TimelineView.Group(g.key, g.label, g.start, g.end, List.copyOf(g.events)))
                .toList();
        return new TimelineView(groupBy, selected.size(), result);
    }

    private static final class GroupBuilder {
        final String key;
        final String label;
        final LocalDate start;
        final LocalDate end;
        final List<EventView> events = new ArrayList<>();

        GroupBuilder(String key, String label, LocalDate start, LocalDate end) {
            this.key = key;
            this.label = label;
            this.start = start;
            this.end = end;
        }
    }
}
