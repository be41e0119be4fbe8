package app.stepwise.store;

import static app.stepwise.store.DatabaseOpenTest.intPragma;
import static app.stepwise.store.DatabaseTest.count;
import static app.stepwise.store.DatabaseTest.exec;
import static app.stepwise.store.StoreFixtures.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void migrationsAreNumberedFromOneWithoutGapsAndLatestIsTheLast() {
        for (int i = 0; i < Migrations.ALL.size(); i++) {
            assertThat(Migrations.ALL.get(i).version()).isEqualTo(i + 1);
        }
        assertThat(Migrations.LATEST).isEqualTo(Migrations.ALL.size());
        assertThatThrownBy(() -> Migrations.checkOrder(List.of(migration(1), migration(3))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEmptyFileReachesLatestWithAllTables() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
        }
        try (Connection c = raw(dir.resolve(Database.FILE_NAME))) {
            assertThat(intPragma(c, "user_version")).isEqualTo(Migrations.LATEST);
            assertThat(tables(c)).contains("step_progress", "milestone_progress", "note", "profile", "setting",
                    "project", "project_tag", "project_evidence", "project_link");
        }
    }

    @Test
    void reopeningKeepsDataAndRunsNothingAgain() throws Exception {
        try (Database db = Database.open(dir)) {
            new NoteRepository(db).save("step-1", "kept");
        }
        // migration 1 creates tables without IF NOT EXISTS: running it again would fail
        try (Database db = Database.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(new NoteRepository(db).get("step-1")).contains("kept");
        }
    }

    @Test
    void aVersionOneFileUpgradesWithItsProgressIntact() throws Exception {
        try (Connection c = raw(dir.resolve(Database.FILE_NAME))) {
            assertThat(Migrations.migrate(c, Migrations.ALL.subList(0, 1))).isEqualTo(1);
            exec(c, "INSERT INTO step_progress VALUES('step-3', 'IN_PROGRESS', '2026-01-05', NULL, '2026-01-05T10:00:00Z')");
            exec(c, "INSERT INTO milestone_progress VALUES('step-3.live-projects', 'step-3', 0, 2, '2026-01-06T10:00:00Z')");
            exec(c, "INSERT INTO note VALUES('step-3', 'deploy on Fly.io', '2026-01-06T10:00:00Z')");
        }

        try (Database db = Database.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(2);
            ProgressRepository progress = new ProgressRepository(db);
            assertThat(progress.allSteps()).containsExactly(Map.entry("step-3", new StepProgress("step-3",
                    StepStatus.IN_PROGRESS, Optional.of(LocalDate.of(2026, 1, 5)), Optional.empty())));
            assertThat(progress.allMilestones()).containsExactly(Map.entry("step-3.live-projects",
                    new MilestoneProgress("step-3.live-projects", "step-3", false, 2)));
            assertThat(new NoteRepository(db).get("step-3")).contains("deploy on Fly.io");

            ProjectRepository projects = new ProjectRepository(db);
            Project p = Project.blank("p1", "Task API", Instant.parse("2026-02-01T09:00:00Z"));
            projects.save(p);
            assertThat(projects.all()).containsExactly(p);
        }
    }

    @Test
    void onlyMissingStepsRunInOrder() throws Exception {
        Migration first = new Migration(1, "log", List.of("CREATE TABLE log(n)", "INSERT INTO log VALUES(1)"));
        Migration second = new Migration(2, "more", List.of("INSERT INTO log VALUES(2)"));
        try (Connection c = raw(dir.resolve("m.db"))) {
            assertThat(Migrations.migrate(c, List.of(first))).isEqualTo(1);
            assertThat(Migrations.migrate(c, List.of(first, second))).isEqualTo(2);
            assertThat(Migrations.migrate(c, List.of(first, second))).isEqualTo(2);
            assertThat(column(c, "SELECT n FROM log ORDER BY rowid")).containsExactly("1", "2");
        }
    }

    @Test
    void aFailingStepLeavesNothingOfItselfBehind() throws Exception {
        Migration first = new Migration(1, "ok", List.of("CREATE TABLE a(x)"));
        Migration broken = new Migration(2, "broken", List.of("CREATE TABLE b(x)", "INSERT INTO b VALUES(1)",
                "INSERT INTO no_such_table VALUES(1)"));
        try (Connection c = raw(dir.resolve("m.db"))) {
            assertThatThrownBy(() -> Migrations.migrate(c, List.of(first, broken))).isInstanceOf(SQLException.class);
            assertThat(intPragma(c, "user_version")).isEqualTo(1);
            assertThat(tables(c)).contains("a").doesNotContain("b");

            Migration fixed = new Migration(2, "fixed", List.of("CREATE TABLE b(x)"));
            assertThat(Migrations.migrate(c, List.of(first, fixed))).isEqualTo(2);
            assertThat(count(c, "b")).isZero();
        }
    }

    private static Migration migration(int version) {
        return new Migration(version, "m" + version, List.of());
    }

    private static List<String> tables(Connection c) throws SQLException {
        return column(c, "SELECT name FROM sqlite_master WHERE type = 'table'");
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
