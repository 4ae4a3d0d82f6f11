package org.karabakh.timeline.seed;

import java.util.List;

/**
 * The curated seed files as written by people, bound field for field. Nothing here is trusted:
 * {@link SeedValidator} checks every value before {@link SeedWriter} turns it into rows.
 */
public final class SeedModel {

    private SeedModel() {
    }

    public record SeedDate(String start, String end, String qualifier, Boolean inferred, String note, String display) {
    }

    public record SourceSeed(String id, String file, String title, String publisher, String via, String url,
            SeedDate date) {
    }

    public record ActorSeed(String id, String name, String kind, String description) {
    }

    public record PlaceSeed(String id, String name, String kind, Double lat, Double lon, String description,
            List<String> alternativeNames) {
    }

    public record EraSeed(String id, String name, String description, String start, String end) {
    }

    public record ParticipantSeed(String id, String role) {
    }

    public record FigureSeed(String label, Long value, String approximation, String unit) {
    }

    /** @param stated the date as the cited article words it for the event, when it gives one */
    public record CitationSeed(String source, String quote, StatedSeed stated) {
    }

    /**
     * A date as an article states it: the phrase verbatim from the article and its normalised partial
     * date, with the same fields and rules as an event's date ({@code inferred} + {@code note} when, say,
     * the year comes from the context).
     */
    public record StatedSeed(String phrase, String start, String end, String qualifier, Boolean inferred,
            String note) {

        SeedDate date() {
            return new SeedDate(start, end, qualifier, inferred, note, null);
        }
    }

    public record EventSeed(String id, String title, String summary, String type, String era, SeedDate date,
            List<ParticipantSeed> actors, List<String> places, List<FigureSeed> figures, List<CitationSeed> citations) {
    }

    public record SourcesFile(List<SourceSeed> sources) {
    }

    public record ActorsFile(List<ActorSeed> actors) {
    }

    public record PlacesFile(List<PlaceSeed> places) {
    }

    public record ErasFile(List<EraSeed> eras) {
    }

    public record EventsFile(List<EventSeed> events) {
    }
}
