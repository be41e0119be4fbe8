package app.stepwise.store;

import static app.stepwise.store.DatabaseTest.exec;
import static app.stepwise.store.DatabaseTest.sqliteCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;

class ProfileRepositoryTest {

    private static final Profile LEVELS = new Profile(Optional.of("level.junior"), Optional.of("level.senior"));
    private static final PlanProfile PLAN = new PlanProfile(Optional.of("background.career-changer"),
            Optional.of(LocalDate.of(2024, 2, 29)), Optional.of(10), true);

    @TempDir
    Path dir;

    @Test
    void emptyUntilSavedThenSurvivesAReopen() throws Exception {
        try (Database db = Database.open(dir)) {
            ProfileRepository profiles = new ProfileRepository(db);
            assertThat(profiles.load()).isEqualTo(Profile.empty());
            profiles.save(LEVELS);
        }
        try (Database db = Database.open(dir)) {
            assertThat(new ProfileRepository(db).load()).isEqualTo(LEVELS);
        }
    }

    @Test
    void savingAgainOverwritesIncludingClearingALevel() throws Exception {
        try (Database db = Database.open(dir)) {
            ProfileRepository profiles = new ProfileRepository(db);
            profiles.save(LEVELS);
            Profile onlyTarget = new Profile(Optional.empty(), Optional.of("level.lead"));
            profiles.save(onlyTarget);
            assertThat(profiles.load()).isEqualTo(onlyTarget);
        }
    }

    @Test
    void thePlanIsEmptyUntilSavedThenSurvivesAReopen() throws Exception {
        try (Database db = Database.open(dir)) {
            ProfileRepository profiles = new ProfileRepository(db);
            assertThat(profiles.loadPlan()).isEqualTo(PlanProfile.empty());
            assertThat(PlanProfile.empty().welcomeDone()).isFalse();
            profiles.savePlan(PLAN);
        }
        try (Database db = Database.open(dir)) {
            assertThat(new ProfileRepository(db).loadPlan()).isEqualTo(PLAN);
        }
    }

    @Test
    void savingThePlanAgainCanClearEveryField() throws Exception {
        try (Database db = Database.open(dir)) {
            ProfileRepository profiles = new ProfileRepository(db);
            profiles.savePlan(PLAN);
            PlanProfile skipped = new PlanProfile(Optional.empty(), Optional.empty(), Optional.empty(), true);
            profiles.savePlan(skipped);
            assertThat(profiles.loadPlan()).isEqualTo(skipped);
            profiles.savePlan(PlanProfile.empty());
            assertThat(profiles.loadPlan()).isEqualTo(PlanProfile.empty());
        }
    }

    @Test
    void levelsAndPlanNeverOverwriteEachOther() throws Exception {
        try (Database db = Database.open(dir)) {
            ProfileRepository profiles = new ProfileRepository(db);
            profiles.savePlan(PLAN); // creates the row: the levels stay empty
            assertThat(profiles.load()).isEqualTo(Profile.empty());
            profiles.save(LEVELS);
            assertThat(profiles.loadPlan()).isEqualTo(PLAN);

            Profile other = new Profile(Optional.of("level.mid"), Optional.empty());
            profiles.save(other);
            PlanProfile later = new PlanProfile(Optional.of("background.cs-graduate"), Optional.empty(),
                    Optional.of(80), true);
            profiles.savePlan(later);

            assertThat(profiles.load()).isEqualTo(other);
            assertThat(profiles.loadPlan()).isEqualTo(later);
        }
    }

    @Test
    void theSchemaRefusesHoursOutsideOneTo80() throws Exception {
        try (Database db = Database.open(dir)) {
            ProfileRepository profiles = new ProfileRepository(db);
            profiles.savePlan(PLAN);
            for (String hours : new String[] {"0", "81", "-1"}) {
                assertThatThrownBy(() -> db.update(c -> exec(c, "UPDATE profile SET hours_per_week = " + hours)))
                        .isInstanceOfSatisfying(StoreException.class,
                                e -> assertThat(sqliteCode(e)).isEqualTo(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK));
            }
            PlanProfile tooMany = new PlanProfile(Optional.empty(), Optional.empty(), Optional.of(81), false);
            assertThatThrownBy(() -> profiles.savePlan(tooMany)).isInstanceOf(StoreException.class);
            assertThat(profiles.loadPlan()).isEqualTo(PLAN);

            db.update(c -> exec(c, "UPDATE profile SET hours_per_week = 1"));
            assertThat(profiles.loadPlan().hoursPerWeek()).contains(1);
            db.update(c -> exec(c, "UPDATE profile SET hours_per_week = NULL"));
            assertThat(profiles.loadPlan().hoursPerWeek()).isEmpty();
        }
    }
}
