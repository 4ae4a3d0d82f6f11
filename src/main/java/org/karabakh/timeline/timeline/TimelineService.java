package org.karabakh.timeline.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.era.EraService;
import org.karabakh.timeline.era.EraView;
import org.karabakh.timeline.event.EventService;
import org.karabakh.timeline.event.EventView;
import org.karabakh.timeline.model.Event;
import org.karabakh.timeline.model.EventFilter;
import org.karabakh.timeline.model.EventPosition;
import org.karabakh.timeline.model.EventRepository.Head;
import org.karabakh.timeline.model.EventSort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups the selected events for a front-end that draws the timeline from one response. Each group says how
 * many events it holds and carries the first {@code perGroup} of them, so the answer stays the size of a few
 * pages however many events a year holds: the counts come from one grouped count, each group's event ids
 * from one query that starts at the group (keyset) and reads no more than it shows, and the events of all
 * groups from one lookup by id. Groups follow the requested event order, so {@code sort=-date} gives a
 * newest-first timeline.
 */
@ApplicationScoped
public class TimelineService {

    private final EventService events;
    private final EraService eras;

    public TimelineService(EventService events, EraService eras) {
        this.events = events;
        this.eras = eras;
    }

    public TimelineView timeline(EventFilter filter, GroupBy groupBy, int perGroup) {
        List<SelectedGroup> selected = groupBy == GroupBy.ERA ? byEra(filter, perGroup)
                : byYears(filter, groupBy == GroupBy.DECADE ? 10 : 1, perGroup);
        List<List<Event>> firsts = events.heads(selected.stream().map(SelectedGroup::first).toList());
        List<TimelineView.Group> groups = new ArrayList<>();
        for (int i = 0; i < selected.size(); i++) {
            groups.add(selected.get(i).view(firsts.get(i)));
        }
        return new TimelineView(groupBy, groups.stream().mapToInt(TimelineView.Group::total).sum(), groups);
    }

    /**
     * A group and the list that begins with its events. The first events of every group are read together, so
     * that they load in one query, and what they show (actors, places, citations) in one batch for all groups
     * rather than one per group: at a million events a year's timeline has some thirty groups.
     */
    private record SelectedGroup(String key, String label, LocalDate start, LocalDate end, long total, Head first) {

        TimelineView.Group view(List<Event> events) {
            return new TimelineView.Group(key, label, start, end, Math.toIntExact(total),
                    events.stream().map(EventView::of).toList());
        }
    }

    private List<SelectedGroup> byEra(EventFilter filter, int perGroup) {
        Map<String, Long> counts = events.countByEra(filter);
        List<EraView> ordered = new ArrayList<>(eras.listAll());
        if (filter.sort() == EventSort.DATE_DESCENDING) {
            Collections.reverse(ordered);
        }
        List<SelectedGroup> groups = new ArrayList<>();
        for (EraView era : ordered) {
            long total = counts.getOrDefault(era.id(), 0L);
            if (total > 0) {
                groups.add(new SelectedGroup(era.id(), era.name(), era.span().earliest(), era.span().latest(), total,
                        new Head(filter.inEra(era.id()), perGroup)));
            }
        }
        return groups;
    }

    /**
     * Groups of {@code years} years (1 or 10) by the year of each event's first day. In the list's order a
     * group's events come one after the other, so its first ones are those that follow its first day (its last
     * day when newest first).
     */
    private List<SelectedGroup> byYears(EventFilter filter, int years, int perGroup) {
        boolean newestFirst = filter.sort() == EventSort.DATE_DESCENDING;
        Comparator<Integer> chronological = Comparator.naturalOrder();
        Map<Integer, Long> counts = new TreeMap<>(newestFirst ? chronological.reversed() : chronological);
        events.countByStartYear(filter).forEach((year, count) ->
                counts.merge(year - Math.floorMod(year, years), count, Long::sum));
        List<SelectedGroup> groups = new ArrayList<>();
        counts.forEach((firstYear, total) -> {
            String key = years == 1 ? Integer.toString(firstYear) : firstYear + "s";
            LocalDate start = LocalDate.of(firstYear, 1, 1);
            LocalDate end = LocalDate.of(firstYear + years - 1, 12, 31);
            // "After" the beginning of the group's first day, or, newest first, of the day after its end.
            EventPosition before = EventPosition.beginningOf(newestFirst ? end.plusDays(1) : start);
            groups.add(new SelectedGroup(key, key, start, end, total,
                    new Head(filter.after(before), (int) Math.min(total, perGroup))));
        });
        return groups;
    }
}
