package org.karabakh.timeline.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A TimelineJS 3 JSON document (https://timeline.knightlab.com/docs/json-format.html). */
@Schema(name = "TimelineJsDocument", description = "A TimelineJS 3 document: a title slide, one slide per event and the eras.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineJsDocument(
        @Schema(description = "The title slide.") Slide title,
        @Schema(description = "One slide per event, chronologically.") List<Slide> events,
        @Schema(description = "The eras, drawn as bands under the timeline.") List<EraBand> eras) {

    @Schema(name = "TimelineJsSlide", description = "A TimelineJS slide.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Slide(
            @Schema(description = "When the event starts; only the parts the date's precision knows.", nullable = true)
            @JsonProperty("start_date") Date startDate,
            @Schema(description = "When a span ends; absent for single dates.", nullable = true)
            @JsonProperty("end_date") Date endDate,
            @Schema(description = "The date as people should read it.", nullable = true, examples = "1992–1994")
            @JsonProperty("display_date") String displayDate,
            @Schema(description = "Headline and HTML text of the slide.") Text text,
            @Schema(description = "Row of the slide: the event's era.", nullable = true) String group,
            @Schema(description = "The event id.", nullable = true, examples = "war-1992-1994")
            @JsonProperty("unique_id") String uniqueId) {
    }

    @Schema(name = "TimelineJsDate", description = "A TimelineJS date; month and day are absent when not known.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Date(
            @Schema(description = "Year.", examples = "1992") Integer year,
            @Schema(description = "Month, 1–12.", nullable = true, examples = "11") Integer month,
            @Schema(description = "Day of the month.", nullable = true, examples = "9") Integer day) {
    }

    @Schema(name = "TimelineJsText", description = "A headline and HTML text.")
    public record Text(
            @Schema(description = "Headline.") String headline,
            @Schema(description = "HTML body: the summary and the citations as block quotes.") String text) {
    }

    @Schema(name = "TimelineJsEra", description = "An era band, from its first to its last day.")
    public record EraBand(
            @Schema(description = "First day of the era.") @JsonProperty("start_date") Date startDate,
            @Schema(description = "Last day of the era.") @JsonProperty("end_date") Date endDate,
            @Schema(description = "The era's name.") Text text) {
    }
}
