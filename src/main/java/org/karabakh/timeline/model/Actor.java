package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A person, state, organisation, authority or armed force that takes part in events. */
@Entity
@Immutable
@Table(name = "actor")
public class Actor extends PanacheEntityBase {

    @Id
    @Column(length = 100)
    public String id;

    @Column(nullable = false, length = 200)
    public String name;

    @Convert(converter = ActorKind.JpaConverter.class)
    @Column(nullable = false, length = 20)
    public ActorKind kind;

    @Column(nullable = false, length = 1000)
    public String description;

    /** Digest of the seed entry this row was written from: tells the loader whether a load changed it. */
    @Column(name = "content_hash", length = 64)
    public String contentHash;
}
