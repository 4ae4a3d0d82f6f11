package org.karabakh.timeline.seed;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The article texts of one seeds location, read when they are needed rather than held: a load reads each
 * article once up front ({@link #register}), for the seeds digest and the check that it is UTF-8, and
 * keeps only whether it can be used; its text is read again where it is needed (a source's content hash
 * and row), and quotes are matched against the normalised texts of the few hundred articles used last
 * ({@link RecentArticles}).
 */
public final class SeedArticles {

    private final SeedLocation location;
    /** The registered articles that can be used, and why each of the others cannot. */
    private final Set<String> usable = new HashSet<>();
    private final Map<String, String> problems = new HashMap<>();
    private final RecentArticles texts = new RecentArticles();

    SeedArticles(SeedLocation location) {
        this.location = location;
    }

    /** Reads an article through the reader (so it counts in the seeds digest): remembers whether it can be used. */
    void register(String file, SeedReader reader) {
        if (usable.contains(file) || problems.containsKey(file)) {
            return;
        }
        Optional<byte[]> bytes = reader.article(file);
        if (bytes.isEmpty()) {
            problems.put(file, "article not found: " + location.describe(SeedIndex.ARTICLES + file));
        } else if (SeedReader.decode(bytes.get()).isEmpty()) {
            problems.put(file, "the article " + location.describe(SeedIndex.ARTICLES + file) + " is not valid UTF-8");
        } else {
            usable.add(file);
        }
    }

    /** Why a registered article cannot be used; empty when it can. */
    Optional<String> problem(String file) {
        return Optional.ofNullable(problems.get(file));
    }

    /** Whether the article was registered and can be used. */
    boolean usable(String file) {
        return usable.contains(file);
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
