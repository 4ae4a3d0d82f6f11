package org.karabakh.timeline.paging;

import java.util.List;

/**
 * A 0-based page of at most {@code size} items. The offset is a long: {@code page × size} can pass
 * what an int holds, and such a page is simply past the end of every list.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Most items a list that is not paged (exports, an item's events) holds. */
    public static final int UNPAGED_CAP = 10_000;

    /** The whole list, up to {@link #UNPAGED_CAP}. */
    public static PageRequest unpaged() {
        return new PageRequest(0, UNPAGED_CAP);
    }

    public long offset() {
        return (long) page * size;
    }

    /** Pages a list already held in memory, for the small reference collections. */
    public <T> Page<T> slice(List<T> all) {
        int from = (int) Math.min(offset(), all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(all.subList(from, to), page, size, all.size());
    }
}
