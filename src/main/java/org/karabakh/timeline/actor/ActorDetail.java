package org.karabakh.timeline.actor;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.dates.DateView;
import org.karabakh.timeline.model.EventType;
import org.karabakh.timeline.model.Participation;
import org.karabakh.timeline.model.Role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Schema(description = "An actor with the events they take part in.")
public record ActorDetail(
        @JsonUnwrapped ActorView actor,
        @Schema(required = true, description = "The events the actor takes part in, chronologically, with their roles.")
        List<ActorEvent> events) {

    /** @param participations the actor's participations in chronological order of their events */
    static ActorDetail of(ActorView actor, List<Participation> participations) {
        Map<String, ActorEvent> events = new LinkedHashMap<>();
        for (Participation p : participations) {
            events.computeIfAbsent(p.event.id, key -> new ActorEvent(p.event.id, p.event.title, p.event.type,
                    DateView.of(p.event.date), p.event.sourcesDisagree, new ArrayList<>())).roles().add(p.role);
        }
        return new ActorDetail(actor, List.copyOf(events.values()));
    }

    @Schema(description = "An event an actor takes part in, and the roles they play in it.")
    public record ActorEvent(
            @Schema(required = true, description = "Event id.", examples = "trilateral-statement-2020-11-09") String id,
            @Schema(required = true, description = "Event title.") String title,
            @Schema(required = true, description = "Type of event.") EventType type,
            @Schema(required = true, description = "When it happened.") DateView date,
            @Schema(required = true, description = """
                    True when an article the event cites states a date for it that its `date` does not fall \
                    inside; GET /api/v1/events/{id} shows which citation.""") boolean sourcesDisagree,
            @Schema(required = true, description = "The actor's roles in this event.") List<Role> roles) {
    }
}
