package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The single row recording which seeds are loaded: the digest of the seeds that last changed it is the dataset's version. */
@Entity
@Table(name = "dataset")
public class Dataset extends PanacheEntityBase {

    public static final int SINGLETON_ID = 1;

    @Id
    public Integer id;

    @Column(nullable = false, length = 64)
    public String digest;

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    /**
     * Digest of every file of the seeds directory this version was loaded (or last found unchanged) from;
     * null when the seeds came from the application itself.
     */
    @Column(name = "seeds_fingerprint", length = 64)
    public String seedsFingerprint;
}
