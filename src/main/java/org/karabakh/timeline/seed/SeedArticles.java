package org.karabakh.timeline.seed;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The article texts of one seeds location, read when they are needed rather than held: a load reads each
 * article once up front ({@link #register}), for the seeds digest, its own digest and the check that it is
 * UTF-8, and keeps only that digest; quotes are then matched against the normalised texts of the few
 * hundred articles used last ({@link RecentArticles}), read again from the location when one is needed.
 */
public final class SeedArticles {

    private final SeedLocation location;
    /** The SHA-256 of each registered article's bytes, or why it cannot be used. */
    private final Map<String, String> digests = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();
    private final RecentArticles texts = new RecentArticles();

    SeedArticles(SeedLocation location) {
        this.location = location;
    }

    /** Reads an article through the reader (so it counts in the seeds digest) and remembers its digest or problem. */
    void register(String file, SeedReader reader) {
        if (digests.containsKey(file) || problems.containsKey(file)) {
            return;
        }
        Optional<byte[]> bytes = reader.article(file);
        if (bytes.isEmpty()) {
            problems.put(file, "article not found: " + location.describe(SeedIndex.ARTICLES + file));
        } else if (SeedReader.decode(bytes.get()).isEmpty()) {
            problems.put(file, "the article " + location.describe(SeedIndex.ARTICLES + file) + " is not valid UTF-8");
        } else {
            digests.put(file, HexFormat.of().formatHex(SeedReader.sha256().digest(bytes.get())));
        }
    }

    /** Why a registered article cannot be used; empty when it can. */
    Optional<String> problem(String file) {
        return Optional.ofNullable(problems.get(file));
    }

    /** Whether the article was registered and can be used. */
    boolean usable(String file) {
        return digests.containsKey(file);
    }

    /** The SHA-256 of a usable article's bytes: what a source's content hash includes of its article. */
    String digest(String file) {
        return digests.get(file);
    }

    /** A usable article's text as received. */
    String text(String file) {
        byte[] bytes = SeedReader.readBytes(location, SeedIndex.ARTICLES + file)
                .orElseThrow(() -> new IllegalStateException(location.describe(SeedIndex.ARTICLES + file) + " went away"));
        return SeedReader.decode(bytes)
                .orElseThrow(() -> new IllegalStateException(location.describe(SeedIndex.ARTICLES + file) + " changed"));
    }

    /** A usable article's text, normalised for matching quotes. */
    ArticleText matchable(String file) {
        return texts.computeIfAbsent(file, f -> new ArticleText(text(f)));
    }
}
