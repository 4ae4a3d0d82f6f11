package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.karabakh.timeline.dates.Dating;

/** A news article the timeline is built from, with its full text as received. */
@Entity
@Immutable
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    @Column(length = 100)
    public String id;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 200)
    public String publisher;

    @Column(length = 200)
    public String via;

    @Column(length = 500)
    public String url;

    @Column(name = "file_name", nullable = false, length = 200)
    public String fileName;

    /**
     * Read only when asked for (the source's own page): a citation shows its source's title and publisher, so
     * a list of events would otherwise read the whole article of every source it cites.
     */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = 200000)
    public String body;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "start", column = @Column(name = "published_start", nullable = false)),
            @AttributeOverride(name = "end", column = @Column(name = "published_end")),
            @AttributeOverride(name = "precision", column = @Column(name = "published_precision", nullable = false, length = 5)),
            @AttributeOverride(name = "qualifier", column = @Column(name = "published_qualifier", length = 5)),
            @AttributeOverride(name = "display", column = @Column(name = "published_display", nullable = false, length = 100)),
            @AttributeOverride(name = "inferred", column = @Column(name = "published_inferred", nullable = false)),
            @AttributeOverride(name = "note", column = @Column(name = "published_note", length = 1000)),
            @AttributeOverride(name = "latest", column = @Column(name = "published_latest")),
            @AttributeOverride(name = "until", column = @Column(name = "published_until"))
    })
    public Dating published;

    /** Digest of the seed entry this row was written from: tells the loader whether a load changed it. */
    @Column(name = "content_hash", length = 64)
    public String contentHash;
}
