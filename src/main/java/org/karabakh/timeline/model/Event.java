package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.karabakh.timeline.dates.Dating;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One dated happening of the conflict, however many articles report it. */
@Entity
@Immutable
@Table(name = "event")
public class Event extends PanacheEntityBase {

    @Id
    @Column(length = 100)
    public String id;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false, length = 4000)
    public String summary;

    @Convert(converter = EventType.JpaConverter.class)
    @Column(name = "event_type", nullable = false, length = 30)
    public EventType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "era_id", nullable = false)
    public Era era;

    @Embedded
    public Dating date;

    /** Whether a citation's stated date disagrees with {@link #date}: set by the loader, so a filter can ask. */
    @Column(name = "sources_disagree", nullable = false)
    public boolean sourcesDisagree;

    /** Digest of the event's seed entry: tells the loader whether a reload changed it. */
    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    /** The words {@code q} matches ({@link SearchTerms}), derived from the event and its actors and places on insert. */
    @Column(name = "search_terms", nullable = false, length = 100_000)
    public String searchTerms;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Participation> participations = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "event_place", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "place_id"))
    @OrderColumn(name = "position")
    public List<Place> places = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Figure> figures = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Citation> citations = new ArrayList<>();

    /** Derives what is searched from what is stored, so no writer can forget it. */
    @PrePersist
    void indexSearchTerms() {
        searchTerms = SearchTerms.of(this);
    }
}
