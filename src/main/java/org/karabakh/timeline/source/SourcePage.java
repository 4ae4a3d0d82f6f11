package org.karabakh.timeline.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A page of source articles; the `Link` header carries first, prev, next and last.")
public record SourcePage(
        @Schema(description = "The source articles on this page, in the list's order.") List<SourceView> items,
        @Schema(description = "0-based number of this page.", examples = "0") int page,
        @Schema(description = "Page size asked for (1 to 100, default 20).", examples = "20") int size,
        @Schema(description = "Number of source articles in the whole (filtered) list.") long total) {
}
