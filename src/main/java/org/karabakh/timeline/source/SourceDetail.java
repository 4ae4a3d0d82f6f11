package org.karabakh.timeline.source;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A source article with its full text as received.")
public record SourceDetail(
        @JsonUnwrapped SourceView source,
        @Schema(required = true, description = "The article's full text, byte for byte as in the seeds.") String text) {
}
