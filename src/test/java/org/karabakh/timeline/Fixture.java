package org.karabakh.timeline;

import java.nio.file.Path;

/**
 * The fixture every behaviour test runs on: {@code src/test/resources/fixture-seeds}, a verbatim 9-event
 * subset of the real {@code seeds/} (its README.md lists the events, dates, citations and per-year
 * counts). The {@code test} configuration profile points {@code timeline.seeds.directory} at it, and
 * failsafe passes the same directory to the packaged jar. These are its totals, as {@code GET /api/v1/meta}
 * answers them; the real dataset's own facts are checked by {@code DatasetFactsTest} only.
 */
public final class Fixture {

    /** The fixture directory, relative to the project directory (where Maven runs the tests). */
    public static final Path SEEDS = Path.of("src/test/resources/fixture-seeds");

    public static final int EVENTS = 9;
    public static final int CITATIONS = 27;
    public static final int SOURCES = 5;
    public static final int ACTORS = 13;
    public static final int PLACES = 3;
    public static final int ERAS = 4;

    /** Citations whose article states a date for their event ({@code statedDate} not null). */
    public static final int STATED_DATES = 19;

    /**
     * The one event whose sources disagree with its date: the Sputnik article's "On the night of November 10"
     * (its citation at index {@link #DISAGREEING_CITATION}) against the signing on 9 November 2020.
     */
    public static final String DISAGREEING_EVENT = "trilateral-statement-2020-11-09";
    public static final int DISAGREEING_CITATION = 3;

    /** The first day of the earliest event (nkao-established-1923) and the last day of the latest bounded one. */
    public static final String EARLIEST_DAY = "1923-01-01";
    public static final String LATEST_DAY = "2023-09-20";

    private Fixture() {
    }
}
