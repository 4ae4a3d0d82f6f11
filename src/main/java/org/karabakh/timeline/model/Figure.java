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

/** A number an article gives about an event, such as a death toll. */
@Entity
@Immutable
@Table(name = "figure")
public class Figure extends PanacheEntityBase {

    /** Assigned by the seed writer, which numbers the rows of a load itself so that they insert in JDBC batches. */
    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    public Event event;

    @Column(nullable = false, length = 200)
    public String label;

    @Column(nullable = false)
    public long quantity;

    @Convert(converter = Approximation.JpaConverter.class)
    @Column(nullable = false, length = 10)
    public Approximation approximation;

    @Column(nullable = false, length = 50)
    public String unit;

    @Column(nullable = false)
    public int position;
}
