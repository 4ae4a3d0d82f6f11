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
        @Schema(required = true, description = """
                Number of items in the whole (filtered) list, counted exactly up to 10,000. When more match, it is \
                10,000, a lower bound, and `totalExact` is false.""") long total,
        @Schema(required = true, description = """
                Whether `total` is the exact number of matching items: false when more than 10,000 match (the list \
                is then not counted to its end, so a page never costs a count of the whole dataset, and the `Link` \
                header has no `last`).""", examples = "true") boolean totalExact) {

    /** Lists are counted exactly up to this many items; above it, {@code total} is this number and not exact. */
    public static final int COUNT_LIMIT = 10_000;

    /** A page of a list counted exactly. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    /** A page of a list whose count stopped at {@code counted}: exact up to {@link #COUNT_LIMIT}, else capped. */
    public static <T> Page<T> counted(List<T> items, PageRequest request, long counted) {
        return new Page<>(items, request.page(), request.size(), Math.min(counted, COUNT_LIMIT), counted <= COUNT_LIMIT);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
    }
}
