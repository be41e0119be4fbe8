package app.stepwise.ui.career;

import app.stepwise.content.Guide;
import app.stepwise.content.Level;
import app.stepwise.store.Profile;
import app.stepwise.store.ProfileRepository;
import app.stepwise.ui.common.Background;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The user's current and target level; changes are saved in the background. The stored ids are kept as
 * they are, so a level id that a content update no longer knows is not erased by changing the other level.
 */
public final class ProfileModel {

    private final Guide guide;
    private final ProfileRepository repository;
    private final Background background;
    private final ReadOnlyObjectWrapper<Optional<Level>> currentLevel = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Level>> targetLevel = new ReadOnlyObjectWrapper<>(Optional.empty());
    private Profile stored;

    public ProfileModel(Guide guide, ProfileRepository repository, Background background, Profile saved) {
        this.guide = guide;
        this.repository = repository;
        this.background = background;
        show(saved);
    }

    public Guide guide() {
        return guide;
    }

    public ReadOnlyObjectProperty<Optional<Level>> currentLevel() {
        return currentLevel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Level>> targetLevel() {
        return targetLevel.getReadOnlyProperty();
    }

    public void setCurrentLevel(Optional<Level> level) {
        if (!level.equals(currentLevel.get())) {
            save(new Profile(level.map(Level::id), stored.targetLevelId()));
        }
    }

    public void setTargetLevel(Optional<Level> level) {
        if (!level.equals(targetLevel.get())) {
            save(new Profile(stored.currentLevelId(), level.map(Level::id)));
        }
    }

    /** Shows what is stored again, e.g. after a save failed; a failed reload is only reported. */
    public void reload(Consumer<Throwable> onFailure) {
        background.run(repository::load, this::show, onFailure);
    }

    private void save(Profile profile) {
        show(profile);
        background.run(() -> repository.save(profile));
    }

    private void show(Profile profile) {
        stored = profile;
        currentLevel.set(profile.currentLevelId().flatMap(guide::level));
        targetLevel.set(profile.targetLevelId().flatMap(guide::level));
    }
}
