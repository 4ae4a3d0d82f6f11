package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A verbatim quote from a source that supports an event. */
@Entity
@Immutable
@Table(name = "citation")
public class Citation extends PanacheEntityBase {

    /** Assigned by the seed writer, which numbers the rows of a load itself so that they insert in JDBC batches. */
    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    public Source source;

    @Column(nullable = false, length = 4000)
    public String quote;

    @Column(nullable = false)
    public int position;
}
