package org.karabakh.timeline.seed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The article texts a load last normalised, by article file. Events cite articles of about their own time,
 * so a few hundred kept at once spare normalising an article again for almost every quote, without every
 * article's normalised text and index in memory at once.
 */
final class RecentArticles extends LinkedHashMap<String, ArticleText> {

    private static final int KEPT = 256;

    RecentArticles() {
        super(KEPT * 2, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ArticleText> eldest) {
        return size() > KEPT;
    }
}
