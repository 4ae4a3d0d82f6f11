package org.karabakh.timeline.model;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.vocabulary.Coded;
import org.karabakh.timeline.vocabulary.CodedConverter;

@Schema(description = "How the article qualifies a number: `exact`, `up-to` (at most), `more-than` or `at-least`.",
        enumeration = { "exact", "up-to", "more-than", "at-least" })
public enum Approximation implements Coded {
    EXACT("exact", ""),
    UP_TO("up-to", "up to "),
    MORE_THAN("more-than", "more than "),
    AT_LEAST("at-least", "at least ");

    private final String code;
    private final String prefix;

    Approximation(String code, String prefix) {
        this.code = code;
        this.prefix = prefix;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String prefix() {
        return prefix;
    }

    @jakarta.persistence.Converter
    public static class JpaConverter extends CodedConverter<Approximation> {
        public JpaConverter() {
            super(Approximation.class);
        }
    }
}
