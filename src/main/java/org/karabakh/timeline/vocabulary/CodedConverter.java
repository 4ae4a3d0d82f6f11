package org.karabakh.timeline.vocabulary;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link Coded} enum as its code, a plain VARCHAR on every database. */
public abstract class CodedConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected CodedConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        if (code == null) {
            return null;
        }
        return Coded.fromCode(type, code)
                .orElseThrow(() -> new IllegalStateException("Unknown " + type.getSimpleName() + " code in database: " + code));
    }
}
