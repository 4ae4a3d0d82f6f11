package org.karabakh.timeline.era;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.dates.DateView;
import org.karabakh.timeline.model.Era;

@Schema(name = "Era", description = "A curated period of the conflict.")
public record EraView(
        @Schema(required = true, description = "Stable id (slug).", examples = "war-2020-and-aftermath") String id,
        @Schema(required = true, description = "Name.", examples = "The 2020 war and its aftermath") String name,
        @Schema(required = true, description = "What the era covers.") String description,
        @Schema(required = true,
                description = "The era's span; neighbouring eras may share a boundary year.") DateView span) {

    public static EraView of(Era era) {
        return new EraView(era.id, era.name, era.description, DateView.of(era.span));
    }
}
