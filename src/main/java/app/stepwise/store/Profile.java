package app.stepwise.store;

import java.util.Objects;
import java.util.Optional;

/** The user's level now and the level they aim for, as content ids (e.g. {@code level.senior}). */
public record Profile(Optional<String> currentLevelId, Optional<String> targetLevelId) {

    public Profile {
        Objects.requireNonNull(currentLevelId);
        Objects.requireNonNull(targetLevelId);
    }

    public static Profile empty() {
        return new Profile(Optional.empty(), Optional.empty());
    }
}
