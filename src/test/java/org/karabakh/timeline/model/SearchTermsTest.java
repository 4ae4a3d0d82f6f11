package org.karabakh.timeline.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a word for q, in the texts searched and in q itself. */
class SearchTermsTest {

    @Test
    void shouldLowerCaseWordsOfAnyScriptAndDropPunctuation() {
        assertThat(SearchTerms.ofQuery("Nagorno-Karabakh, Нагорный Карабах; Արցախ!"))
                .containsExactly("nagorno", "karabakh", "нагорный", "карабах", "արցախ");
    }

    @Test
    void shouldKeepApostrophesInsideAWordAsStraightOnes() {
        assertThat(SearchTerms.ofQuery("Armenia’s 'quoted' Dağlıq")).containsExactly("armenia's", "quoted", "dağlıq");
    }

    @Test
    void shouldFindNoWordInPunctuationAlone() {
        assertThat(SearchTerms.ofQuery("% _ ' --")).isEmpty();
    }

    @Test
    void shouldWriteDistinctWordsBetweenSpacesSoThatAWordStartIsAPattern() {
        assertThat(SearchTerms.column(SearchTerms.words(List.of("War and war", "peace")))).isEqualTo(" war and peace ");
    }

    @Test
    void shouldCutAVeryLongWord() {
        assertThat(SearchTerms.ofQuery("x".repeat(100))).containsExactly("x".repeat(SearchTerms.MAX_WORD));
    }
}
