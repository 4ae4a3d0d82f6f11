package org.karabakh.timeline.common;

import java.util.List;

/**
 * One page of a list as services return it; resources send it in the envelope record their
 * list is documented as ({@code EventPage}, {@code ActorPage}, …), which has the same fields.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(java.util.function.Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public int lastPage() {
        return total == 0 ? 0 : (int) ((total - 1) / size);
    }
}
