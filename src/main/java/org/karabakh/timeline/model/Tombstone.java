package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * An event the seeds no longer hold: what tells a client that syncs incrementally to delete its copy.
 * An event that comes back loses its tombstone and is served again as a new event.
 */
@Entity
@Immutable
@Table(name = "event_tombstone")
public class Tombstone extends PanacheEntityBase {

    @Id
    @Column(name = "event_id", length = 100)
    public String eventId;

    /** The load that removed the event: its {@code loadedAt}. */
    @Column(name = "deleted_at", nullable = false)
    public Instant deletedAt;

    /** The version of the dataset that no longer holds the event. */
    @Column(name = "dataset_version", nullable = false, length = 64)
    public String datasetVersion;
}
