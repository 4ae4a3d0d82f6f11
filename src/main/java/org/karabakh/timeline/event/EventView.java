package org.karabakh.timeline.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.dates.DateView;
import org.karabakh.timeline.model.ActorKind;
import org.karabakh.timeline.model.Approximation;
import org.karabakh.timeline.model.Citation;
import org.karabakh.timeline.model.Event;
import org.karabakh.timeline.model.EventType;
import org.karabakh.timeline.model.Figure;
import org.karabakh.timeline.model.Role;
import org.karabakh.timeline.web.Paging;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

@Schema(name = "Event", description = "One dated happening of the conflict with everything that grounds it.")
public record EventView(
        @Schema(required = true, description = "Stable id (slug).",
                examples = "trilateral-statement-2020-11-09") String id,
        @Schema(required = true, description = "One-line title.") String title,
        @Schema(required = true,
                description = "One-paragraph summary, written for this timeline from the cited articles.") String summary,
        @Schema(required = true, description = "Type of event from the fixed vocabulary.") EventType type,
        @Schema(required = true, description = "When it happened, with its real precision.") DateView date,
        @Schema(required = true, description = "The era the event belongs to.") EraRef era,
        @Schema(required = true,
                description = "Actors taking part, each with their role; an actor may appear once per role.")
        List<Participant> actors,
        @Schema(required = true, description = "Places the event happened at or is about.") List<PlaceRef> places,
        @Schema(required = true, description = "Numbers the articles give about the event.") List<FigureView> figures,
        @Schema(required = true,
                description = "Verbatim quotes from the source articles that support the event; at least one.")
        List<CitationView> citations,
        @Schema(required = true, description = """
                True when at least one citation's article states a date for the event that its curated `date` \
                does not fall inside (that citation's `statedDate.agrees` is false); `date.note` says how it was \
                settled. Filter with `sourcesDisagree`.""") boolean sourcesDisagree,
        @Schema(required = true,
                description = "When this event was first loaded into this service (ISO 8601 instant, UTC).")
        Instant createdAt,
        @Schema(required = true,
                description = "When this event's content last changed in this service (ISO 8601 instant, UTC); "
                + "use with `updatedSince` for incremental sync.") Instant updatedAt) implements Paging.Identified {

    public static EventView of(Event event) {
        return new EventView(event.id, event.title, event.summary, event.type, DateView.of(event.date),
                new EraRef(event.era.id, event.era.name),
                event.participations.stream()
                        .map(p -> new Participant(p.actor.id, p.actor.name, p.actor.kind, p.role))
                        .toList(),
                event.places.stream().map(p -> new PlaceRef(p.id, p.name, p.latitude, p.longitude)).toList(),
                event.figures.stream().map(FigureView::of).toList(),
                event.citations.stream().map(CitationView::of).toList(),
                event.sourcesDisagree, event.createdAt, event.updatedAt);
    }

    @Schema(name = "EraRef", description = "Reference to an era.")
    public record EraRef(
            @Schema(required = true, description = "Era id.", examples = "war-2020-and-aftermath") String id,
            @Schema(required = true, description = "Era name.",
                    examples = "The 2020 war and its aftermath") String name) {
    }

    @Schema(name = "Participant", description = "An actor in an event, with the role they played.")
    public record Participant(
            @Schema(required = true, description = "Actor id.", examples = "putin") String id,
            @Schema(required = true, description = "Actor name.", examples = "Vladimir Putin") String name,
            @Schema(required = true, description = "Kind of actor.") ActorKind kind,
            @Schema(required = true, description = "Role in this event.") Role role) {
    }

    @Schema(name = "PlaceRef", description = "A place with its WGS 84 coordinates.")
    public record PlaceRef(
            @Schema(required = true, description = "Place id.", examples = "lachin-corridor") String id,
            @Schema(required = true, description = "Place name.", examples = "Lachin corridor") String name,
            @Schema(required = true, description = "Latitude in decimal degrees (WGS 84).",
                    examples = "39.6383") double lat,
            @Schema(required = true, description = "Longitude in decimal degrees (WGS 84).",
                    examples = "46.5461") double lon) {
    }

    @Schema(name = "Figure", description = "A number an article gives, e.g. a death toll.")
    public record FigureView(
            @Schema(required = true, description = "What is counted.", examples = "deaths") String label,
            @Schema(required = true, description = "The number as given.", examples = "30000") long value,
            @Schema(required = true, description = "How the article qualifies the number.") Approximation approximation,
            @Schema(required = true, description = "Unit of the number.", examples = "people") String unit,
            @Schema(required = true, description = "Human-readable form.",
                    examples = "up to 30,000 people") String display) {

        static FigureView of(Figure figure) {
            return new FigureView(figure.label, figure.quantity, figure.approximation, figure.unit,
                    figure.approximation.prefix() + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(figure.quantity)
                            + " " + figure.unit);
        }
    }

    @Schema(name = "Citation", description = "A verbatim (whitespace-normalised) quote from a source article.")
    public record CitationView(
            @Schema(required = true, description = "Id of the source article.",
                    examples = "sputnik-putin-peacekeepers") String sourceId,
            @Schema(required = true, description = "Title of the source article.") String sourceTitle,
            @Schema(required = true,
                    description = "Outlet that published the article; null where the article names none.",
                    nullable = true, examples = "Sputnik") String publisher,
            @Schema(required = true,
                    description = "The quote, exactly as it stands in the article apart from line breaks.") String quote,
            @Schema(required = true, description = "Where the quote stands in the article's `text`.")
            QuoteAnchor anchor,
            @Schema(required = true, nullable = true, description = """
                    The event's date as this citation's article states it; null when the article gives no date \
                    for the event.""") StatedDate statedDate) {

        static CitationView of(Citation citation) {
            return new CitationView(citation.source.id, citation.source.title, citation.source.publisher,
                    citation.quote, QuoteAnchor.of(citation), StatedDate.of(citation));
        }
    }
}
