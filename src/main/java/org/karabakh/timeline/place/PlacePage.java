package org.karabakh.timeline.place;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A page of places; the `Link` header carries first, prev, next and last.")
public record PlacePage(
        @Schema(description = "The places on this page, in the list's order.") List<PlaceView> items,
        @Schema(description = "0-based number of this page.", examples = "0") int page,
        @Schema(description = "Page size asked for (1 to 100, default 20).", examples = "20") int size,
        @Schema(description = "Number of places in the whole (filtered) list.") long total) {
}
