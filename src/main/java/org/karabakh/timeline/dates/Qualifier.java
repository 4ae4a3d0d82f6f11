package org.karabakh.timeline.dates;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.vocabulary.Coded;
import org.karabakh.timeline.vocabulary.CodedConverter;

@Schema(description = """
        Softens a date: `early` and `late` place it in the first or last part of its period \
        (the period itself is still the whole span), `circa` means approximately, and `after` means \
        the articles only bound it from below, so its span is open-ended.""",
        enumeration = { "early", "late", "circa", "after" })
public enum Qualifier implements Coded {
    EARLY("early"),
    LATE("late"),
    CIRCA("circa"),
    AFTER("after");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter
    public static class JpaConverter extends CodedConverter<Qualifier> {
        public JpaConverter() {
            super(Qualifier.class);
        }
    }
}
