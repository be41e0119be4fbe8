package app.stepwise.ui.career;

import app.stepwise.content.Guide;
import app.stepwise.content.Level;
import app.stepwise.store.Profile;
import app.stepwise.store.ProfileRepository;
import app.stepwise.ui.common.Background;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The user's current and target level; changes are saved in the background. */
public final class ProfileModel {

    private final Guide guide;
    private final ProfileRepository repository;
    private final Background background;
    private final ReadOnlyObjectWrapper<Optional<Level>> currentLevel = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Level>> targetLevel = new ReadOnlyObjectWrapper<>(Optional.empty());

    public ProfileModel(Guide guide, ProfileRepository repository, Background background, Profile saved) {
        this.guide = guide;
        this.repository = repository;
        this.background = background;
        currentLevel.set(saved.currentLevelId().flatMap(guide::level));
        targetLevel.set(saved.targetLevelId().flatMap(guide::level));
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
            currentLevel.set(level);
            save();
        }
    }

    public void setTargetLevel(Optional<Level> level) {
        if (!level.equals(targetLevel.get())) {
            targetLevel.set(level);
            save();
        }
    }

    private void save() {
        Profile profile = new Profile(currentLevel.get().map(Level::id), targetLevel.get().map(Level::id));
        background.run(() -> repository.save(profile));
    }
}
