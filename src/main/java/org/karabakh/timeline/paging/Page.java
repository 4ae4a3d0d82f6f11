package org.karabakh.timeline.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: what a repository returns and, unchanged, the envelope every list endpoint
 * sends. The {@code Link} header carries first, prev, next and last.
 */
@Schema(description = "A page of a list; the `Link` header carries first, prev, next and last.")
public record Page<T>(
        @Schema(required = true, description = "The items on this page, in the list's order.") List<T> items,
        @Schema(required = true, description = "0-based number of this page.", examples = "0") int page,
        @Schema(required = true, description = "Page size asked for (1 to 100, default 20).", examples = "20") int size,
        @Schema(required = true, description = "Number of items in the whole (filtered) list.") long total) {

    public static <T> Page<T> empty(PageRequest request, long total) {
        return new Page<>(List.of(), request.page(), request.size(), total);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
