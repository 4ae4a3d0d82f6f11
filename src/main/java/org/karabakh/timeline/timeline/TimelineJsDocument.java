package org.karabakh.timeline.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A TimelineJS 3 JSON document (https://timeline.knightlab.com/docs/json-format.html). Every member
 * is always sent, except a slide's {@code end_date}, which a single date leaves out: TimelineJS
 * reads an absent end date as none but fails on {@code "end_date": null}. A date's {@code month}
 * and {@code day} are null when its precision does not know them, which TimelineJS reads like
 * absent ones.
 */
@Schema(name = "TimelineJsDocument", description = "A TimelineJS 3 document: a title slide, one slide per event and the eras.")
public record TimelineJsDocument(
        @Schema(required = true, description = "The title slide.") TitleSlide title,
        @Schema(required = true, description = "One slide per event, chronologically.") List<Slide> events,
        @Schema(required = true, description = "The eras, drawn as bands under the timeline.") List<EraBand> eras) {

    @Schema(name = "TimelineJsTitleSlide", description = "The TimelineJS title slide: a headline and text, no date.")
    public record TitleSlide(
            @Schema(required = true, description = "Headline and HTML text of the title slide.") Text text) {
    }

    @Schema(name = "TimelineJsSlide", description = "A TimelineJS slide for one event.")
    public record Slide(
            @Schema(required = true, description = "When the event starts; only the parts the date's precision knows.")
            @JsonProperty("start_date") Date startDate,
            @Schema(description = "When a span ends; left out for a single date (TimelineJS takes no null here).")
            @JsonProperty("end_date") @JsonInclude(JsonInclude.Include.NON_NULL) Date endDate,
            @Schema(required = true, description = "The date as people should read it.", examples = "1992–1994")
            @JsonProperty("display_date") String displayDate,
            @Schema(required = true, description = "Headline and HTML text of the slide.") Text text,
            @Schema(required = true, description = "Row of the slide: the event's era.") String group,
            @Schema(required = true, description = "The event id.", examples = "war-1992-1994")
            @JsonProperty("unique_id") String uniqueId) {
    }

    @Schema(name = "TimelineJsDate", description = "A TimelineJS date; month and day are null when not known.")
    public record Date(
            @Schema(required = true, description = "Year.", examples = "1992") int year,
            @Schema(required = true, description = "Month, 1–12; null when only the year is known.", nullable = true,
                    examples = "11") Integer month,
            @Schema(required = true, description = "Day of the month; null when only the year or month is known.",
                    nullable = true, examples = "9") Integer day) {
    }

    @Schema(name = "TimelineJsText", description = "A headline and HTML text.")
    public record Text(
            @Schema(required = true, description = "Headline.") String headline,
            @Schema(required = true, description = "HTML body: the summary and the citations as block quotes.")
            String text) {
    }

    @Schema(name = "TimelineJsEra", description = "An era band, from its first to its last day.")
    public record EraBand(
            @Schema(required = true, description = "First day of the era.") @JsonProperty("start_date") Date startDate,
            @Schema(required = true, description = "Last day of the era.") @JsonProperty("end_date") Date endDate,
            @Schema(required = true, description = "The era's name.") Text text) {
    }
}
