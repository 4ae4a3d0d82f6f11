package org.karabakh.timeline.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "One page of a list. Pages are 0-based; the `Link` header carries first, prev, next and last.")
public record Page<T>(
        @Schema(description = "The items on this page, in the list's order.") List<T> items,
        @Schema(description = "0-based number of this page.", examples = "0") int page,
        @Schema(description = "Page size asked for (1 to 100, default 20).", examples = "20") int size,
        @Schema(description = "Number of items in the whole (filtered) list.", examples = "21") long total) {

    public <R> Page<R> map(java.util.function.Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public int lastPage() {
        return total == 0 ? 0 : (int) ((total - 1) / size);
    }
}
