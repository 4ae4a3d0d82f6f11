package org.karabakh.timeline.common;

/** A 0-based page of at most {@link #MAX_SIZE} items; parsed here for every list endpoint. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest parse(String page, String size) {
        return new PageRequest(
                QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    public int offset() {
        return page * size;
    }

    /** Runs a Panache query for this page and counts the whole result. */
    public <T> Page<T> fetch(io.quarkus.hibernate.orm.panache.PanacheQuery<T> query) {
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    /** Pages a list already held in memory, for the small reference collections. */
    public <T> Page<T> slice(java.util.List<T> all) {
        int from = (int) Math.min((long) offset(), all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(all.subList(from, to), page, size, all.size());
    }
}
