package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.ArrayList;
import java.util.List;

/** A region, corridor or city with WGS 84 coordinates and the other names it goes by. */
@Entity
@Immutable
@Table(name = "place")
public class Place extends PanacheEntityBase {

    @Id
    @Column(length = 100)
    public String id;

    @Column(nullable = false, length = 200)
    public String name;

    @Convert(converter = PlaceKind.JpaConverter.class)
    @Column(nullable = false, length = 20)
    public PlaceKind kind;

    @Column(nullable = false)
    public double latitude;

    @Column(nullable = false)
    public double longitude;

    @Column(nullable = false, length = 1000)
    public String description;

    @ElementCollection
    @CollectionTable(name = "place_alternative_name", joinColumns = @JoinColumn(name = "place_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = 200)
    public List<String> alternativeNames = new ArrayList<>();

    /** Digest of the seed entry this row was written from: tells the loader whether a load changed it. */
    @Column(name = "content_hash", length = 64)
    public String contentHash;
}
