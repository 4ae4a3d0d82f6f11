package org.karabakh.timeline.actor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A page of actors; the `Link` header carries first, prev, next and last.")
public record ActorPage(
        @Schema(description = "The actors on this page, in the list's order.") List<ActorView> items,
        @Schema(description = "0-based number of this page.", examples = "0") int page,
        @Schema(description = "Page size asked for (1 to 100, default 20).", examples = "20") int size,
        @Schema(description = "Number of actors in the whole (filtered) list.") long total) {
}
