package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;

/** An actor taking part in an event in a given role. */
@Entity
@Immutable
@Table(name = "event_actor")
public class Participation extends PanacheEntityBase {

    /** Assigned by the seed writer, which numbers the rows of a load itself so that they insert in JDBC batches. */
    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    public Actor actor;

    @Convert(converter = Role.JpaConverter.class)
    @Column(name = "actor_role", nullable = false, length = 20)
    public Role role;

    @Column(nullable = false)
    public int position;

    /**
     * The event's first day, on the actor's first row in the event and null on a second role of the same actor:
     * lists of one actor's events are read in date order from this table ({@code EventRepository}), each event
     * once. Written with the event, which a changed date rewrites.
     */
    @Column(name = "event_start")
    public LocalDate eventStart;
}
