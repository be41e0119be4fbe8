package app.stepwise.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** A one-way {@link StringConverter} for choice boxes that only show values, never parse them. */
public final class DisplayText {

    private DisplayText() {
    }

    public static <T> StringConverter<T> of(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("Display only");
            }
        };
    }
}
