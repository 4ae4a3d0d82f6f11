package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.karabakh.timeline.dates.Dating;

/**
 * A verbatim quote from a source that supports an event, where it stands in the source's text, and
 * the event's date as the source states it, if it does.
 */
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

    /** First code point of the quote in the source's text. */
    @Column(name = "anchor_start", nullable = false)
    public int anchorStart;

    /** Code point after the quote's last one in the source's text. */
    @Column(name = "anchor_end", nullable = false)
    public int anchorEnd;

    /** The source's text from {@link #anchorStart} to {@link #anchorEnd}, its line breaks kept. */
    @Column(name = "anchor_exact", nullable = false, length = 4000)
    public String anchorExact;

    @Column(name = "anchor_prefix", nullable = false, length = 200)
    public String anchorPrefix;

    @Column(name = "anchor_suffix", nullable = false, length = 200)
    public String anchorSuffix;

    /** The words the source dates the event with; null when it gives no date. */
    @Column(name = "stated_phrase", length = 300)
    public String statedPhrase;

    /** The stated phrase as a date; null with {@link #statedPhrase}. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "start", column = @Column(name = "stated_start")),
            @AttributeOverride(name = "end", column = @Column(name = "stated_end")),
            @AttributeOverride(name = "precision", column = @Column(name = "stated_precision", length = 5)),
            @AttributeOverride(name = "qualifier", column = @Column(name = "stated_qualifier", length = 5)),
            @AttributeOverride(name = "display", column = @Column(name = "stated_display", length = 100)),
            @AttributeOverride(name = "inferred", column = @Column(name = "stated_inferred")),
            @AttributeOverride(name = "note", column = @Column(name = "stated_note", length = 1000)),
            @AttributeOverride(name = "latest", column = @Column(name = "stated_latest")),
            @AttributeOverride(name = "until", column = @Column(name = "stated_until"))
    })
    public Dating stated;

    /** Whether the event's date lies inside the stated one; null with {@link #statedPhrase}. */
    @Column(name = "stated_agrees")
    public Boolean statedAgrees;
}
