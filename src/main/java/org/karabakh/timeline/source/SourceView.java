package org.karabakh.timeline.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.dates.DateView;
import org.karabakh.timeline.model.Source;

@Schema(name = "Source", description = "A news article the timeline is built from.")
public record SourceView(
        @Schema(required = true, description = "Stable id (slug).", examples = "sputnik-putin-peacekeepers") String id,
        @Schema(required = true, description = "The article's headline.") String title,
        @Schema(required = true, description = "Outlet that published the article; null where the article names none.",
                nullable = true,
                examples = "Sputnik") String publisher,
        @Schema(required = true, description = "Agency the article says it is based on, if any.", nullable = true,
                examples = "TASS")
        String via,
        @Schema(required = true, description = "Address of the article where the article gives one.",
                nullable = true) String url,
        @Schema(required = true, description = "Name of the article's file in the seeds (seeds/articles/).",
                examples = "003_a649518f2a481208.txt") String file,
        @Schema(required = true,
                description = "Publication date, with its precision; inferred dates say how.") DateView date) {

    static SourceView of(Source source) {
        return new SourceView(source.id, source.title, source.publisher, source.via, source.url, source.fileName,
                DateView.of(source.published));
    }
}
