package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.karabakh.timeline.dates.Dating;

/** A curated period of the conflict that groups its events. */
@Entity
@Immutable
@Table(name = "era")
public class Era extends PanacheEntityBase {

    @Id
    @Column(length = 100)
    public String id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 1000)
    public String description;

    @Embedded
    public Dating span;

    /** Digest of the seed entry this row was written from: tells the loader whether a load changed it. */
    @Column(name = "content_hash", length = 64)
    public String contentHash;
}
