package app.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void emptyUntilSavedThenSurvivesAReopen() throws Exception {
        Profile profile = new Profile(Optional.of("level.junior"), Optional.of("level.senior"));
        try (Database db = Database.open(dir)) {
            ProfileRepository profiles = new ProfileRepository(db);
            assertThat(profiles.load()).isEqualTo(Profile.empty());
            profiles.save(profile);
        }
        try (Database db = Database.open(dir)) {
            assertThat(new ProfileRepository(db).load()).isEqualTo(profile);
        }
    }

    @Test
    void savingAgainOverwritesIncludingClearingALevel() throws Exception {
        try (Database db = Database.open(dir)) {
            ProfileRepository profiles = new ProfileRepository(db);
            profiles.save(new Profile(Optional.of("level.junior"), Optional.of("level.senior")));
            Profile onlyTarget = new Profile(Optional.empty(), Optional.of("level.lead"));
            profiles.save(onlyTarget);
            assertThat(profiles.load()).isEqualTo(onlyTarget);
        }
    }
}
