package org.karabakh.timeline.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.common.DateView;

@Schema(description = "A source article with its full text as received.")
public record SourceDetail(
        @Schema(description = "Stable id (slug).", examples = "sputnik-putin-peacekeepers") String id,
        @Schema(description = "The article's headline.") String title,
        @Schema(description = "Outlet that published the article; null where the article names none.", nullable = true)
        String publisher,
        @Schema(description = "Agency the article says it is based on, if any.", nullable = true) String via,
        @Schema(description = "Address of the article where the article gives one.", nullable = true) String url,
        @Schema(description = "Name of the article's file in the seeds (seeds/articles/).") String file,
        @Schema(description = "Publication date, with its precision; inferred dates say how.") DateView date,
        @Schema(description = "The article's full text, byte for byte as in the seeds.") String text) {

    static SourceDetail of(Source source) {
        return new SourceDetail(source.id, source.title, source.publisher, source.via, source.url, source.fileName,
                DateView.of(source.published), source.body);
    }
}
