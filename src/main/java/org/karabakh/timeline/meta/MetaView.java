package org.karabakh.timeline.meta;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "Meta", description = "What the service holds: the dataset version, counts and the time span covered.")
public record MetaView(
        @Schema(required = true,
                description = "SHA-256 digest of the seed files whose load last changed the data: changes whenever "
                + "the data does, and only then. Also sent on every response as the `X-Dataset-Version` header.")
        String datasetVersion,
        @Schema(required = true,
                description = "When this version was loaded (ISO 8601 instant, UTC). Pass it as `updatedSince` "
                + "on your next pull to get only what changed.") Instant loadedAt,
        @Schema(required = true, description = "How many of each thing the dataset holds.") Counts counts,
        @Schema(required = true, nullable = true,
                description = "First and last day any event can refer to; null while the dataset holds no events.")
        Span span) {

    @Schema(name = "MetaCounts", description = "Numbers of records in the dataset.")
    public record Counts(
            @Schema(required = true, description = "Events.") long events,
            @Schema(required = true, description = "Citations across all events.") long citations,
            @Schema(required = true, description = "Source articles.") long sources,
            @Schema(required = true, description = "Actors.") long actors,
            @Schema(required = true, description = "Places.") long places,
            @Schema(required = true, description = "Eras.") long eras) {
    }

    @Schema(name = "MetaSpan", description = "The time span the timeline covers.")
    public record Span(
            @Schema(required = true, description = "First day of the earliest event (YYYY-MM-DD).",
                    examples = "1923-01-01") LocalDate earliest,
            @Schema(required = true, description = "Last day of the latest event (YYYY-MM-DD).",
                    examples = "2023-09-30") LocalDate latest) {
    }
}
