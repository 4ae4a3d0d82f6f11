package org.karabakh.timeline.timeline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.event.EventView;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Timeline", description = "The selected events grouped for drawing, groups and events in chronological order.")
public record TimelineView(
        @Schema(required = true, description = "How the events are grouped.") GroupBy groupBy,
        @Schema(required = true, description = "Number of events in all groups together.") int total,
        @Schema(required = true,
                description = "The groups that have events, in chronological order.") List<Group> groups) {

    @Schema(name = "TimelineGroup", description = """
            A year, decade or era: how many of the selected events it holds, and the first `perGroup` of them. \
            The rest follow in GET /api/v1/events with the same filters and `after` set to the group's last \
            event (and, for an era, `era` set to the group's key).""")
    public record Group(
            @Schema(required = true, description = "Group key: the year (`1992`), the decade (`1990s`) or the era id.",
                    examples = "2020")
            String key,
            @Schema(required = true, description = "Human-readable group name.", examples = "2020") String label,
            @Schema(required = true, description = "First day of the group's period (YYYY-MM-DD).",
                    examples = "2020-01-01") LocalDate start,
            @Schema(required = true, description = "Last day of the group's period (YYYY-MM-DD).",
                    examples = "2020-12-31") LocalDate end,
            @Schema(required = true, description = "Number of selected events in the group; more than `events` "
                    + "holds when it has more than `perGroup`.", examples = "1") int total,
            @Schema(required = true, description = "The group's first `perGroup` events, in the requested order.")
            List<EventView> events) {
    }
}
