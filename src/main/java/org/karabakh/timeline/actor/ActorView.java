package org.karabakh.timeline.actor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.model.Actor;
import org.karabakh.timeline.model.ActorKind;

@Schema(name = "Actor", description = "A person, state, organisation, authority or armed force.")
public record ActorView(
        @Schema(required = true, description = "Stable id (slug).", examples = "putin") String id,
        @Schema(required = true, description = "Name.", examples = "Vladimir Putin") String name,
        @Schema(required = true, description = "Kind of actor.") ActorKind kind,
        @Schema(required = true, description = "Who the actor is, in a sentence.",
                examples = "President of Russia.") String description) {

    static ActorView of(Actor actor) {
        return new ActorView(actor.id, actor.name, actor.kind, actor.description);
    }
}
