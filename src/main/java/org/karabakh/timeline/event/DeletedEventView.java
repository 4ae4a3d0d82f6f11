package org.karabakh.timeline.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.model.Tombstone;

import java.time.Instant;

@Schema(name = "DeletedEvent", description = """
        An event the dataset no longer holds (a tombstone): delete your copy of it. An event that comes back \
        leaves this list and is served again by GET /api/v1/events with new `createdAt` and `updatedAt`.""")
public record DeletedEventView(
        @Schema(required = true, description = "Id of the event that was removed.",
                examples = "pashinyan-ready-to-recognise-sovereignty-2023") String id,
        @Schema(required = true, description = """
                When it was removed: the `loadedAt` of the load that removed it (ISO 8601 instant, UTC, whole \
                milliseconds).""") Instant deletedAt,
        @Schema(required = true, description = "The dataset version that no longer holds it (see GET /api/v1/meta).",
                examples = "194fbeb4bf62807ce0afa11437d6a2246176269623a9bb9e6e92c0ede8416f69")
        String datasetVersion) {

    public static DeletedEventView of(Tombstone tombstone) {
        return new DeletedEventView(tombstone.eventId, tombstone.deletedAt, tombstone.datasetVersion);
    }
}
