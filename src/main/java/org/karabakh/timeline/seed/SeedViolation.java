package org.karabakh.timeline.seed;

/** One thing wrong with the seeds, located by file, item and field. */
public record SeedViolation(String file, String itemId, String field, String message) {

    @Override
    public String toString() {
        return file + ": " + itemId + ", field '" + field + "': " + message;
    }
}
