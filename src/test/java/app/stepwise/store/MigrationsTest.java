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
import java.util.Set;
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
                    "project", "project_tag", "project_evidence", "project_link", "study_session", "plan_override",
                    "plan_baseline", "skill_rating", "skill_evidence", "readiness_snapshot");
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
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
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
    void aVersionTwoFileUpgradesWithItsProjectsProgressAndProfileIntact() throws Exception {
        Project project = new Project("p1", "Task API 🚀", "REST", ProjectStatus.DEPLOYED,
                Optional.of("https://github.com/ana/task-api"), Optional.empty(), List.of("Java", "SQL"),
                Optional.of(LocalDate.of(2026, 1, 5)), Optional.empty(), "Sole developer", "", "",
                Set.of(EvidenceItem.README), Set.of("step-3"), Set.of("skill.sql"), Instant.parse("2026-01-05T09:00:00Z"));
        try (Connection c = raw(dir.resolve(Database.FILE_NAME))) {
            assertThat(Migrations.migrate(c, Migrations.ALL.subList(0, 2))).isEqualTo(2);
            exec(c, "INSERT INTO step_progress VALUES('step-3', 'IN_PROGRESS', '2026-01-05', NULL, '2026-01-05T10:00:00Z')");
            exec(c, "INSERT INTO milestone_progress VALUES('step-3.live-projects', 'step-3', 0, 2, '2026-01-06T10:00:00Z')");
            exec(c, "INSERT INTO profile VALUES(1, 'level.junior', 'level.senior', '2026-01-06T10:00:00Z')");
            exec(c, "INSERT INTO project(id, title, summary, status, repository_url, live_url, started_on, finished_on, "
                    + "role, decisions, deployment_notes, created_at, updated_at) VALUES('p1', 'Task API 🚀', 'REST', "
                    + "'DEPLOYED', 'https://github.com/ana/task-api', NULL, '2026-01-05', NULL, 'Sole developer', '', '', "
                    + "'2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z')");
            exec(c, "INSERT INTO project_tag VALUES('p1', 0, 'Java'), ('p1', 1, 'SQL')");
            exec(c, "INSERT INTO project_evidence VALUES('p1', 'README')");
            exec(c, "INSERT INTO project_link VALUES('p1', 'STEP', 'step-3'), ('p1', 'SKILL', 'skill.sql')");
        }

        try (Database db = Database.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(new ProjectRepository(db).all()).containsExactly(project);
            ProgressRepository progress = new ProgressRepository(db);
            assertThat(progress.allSteps()).containsExactly(Map.entry("step-3", new StepProgress("step-3",
                    StepStatus.IN_PROGRESS, Optional.of(LocalDate.of(2026, 1, 5)), Optional.empty())));
            assertThat(progress.allMilestones()).containsExactly(Map.entry("step-3.live-projects",
                    new MilestoneProgress("step-3.live-projects", "step-3", false, 2)));
            ProfileRepository profiles = new ProfileRepository(db);
            assertThat(profiles.load()).isEqualTo(new Profile(Optional.of("level.junior"), Optional.of("level.senior")));
            // the existing row gets the new columns empty and the welcome not yet done
            assertThat(profiles.loadPlan()).isEqualTo(PlanProfile.empty());

            StudyLogRepository log = new StudyLogRepository(db);
            assertThat(log.all()).isEmpty();
            StudySession s = new StudySession("s1", LocalDate.of(2026, 2, 1), 30, "step-6", Optional.empty(), "",
                    Instant.parse("2026-02-01T10:00:00Z"));
            log.save(s);
            assertThat(log.all()).containsExactly(s);
        }
        try (Connection c = raw(dir.resolve(Database.FILE_NAME))) {
            assertThat(column(c, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'study_session' "
                    + "AND sql IS NOT NULL")).containsExactly("study_session_by_day");
        }
    }

    @Test
    void aVersionThreeFileUpgradesWithItsStudyLogProgressAndPlanProfileIntact() throws Exception {
        StudySession session = new StudySession("s1", LocalDate.of(2026, 3, 29), 45, "step-6",
                Optional.of("step-6.daily-practice"), "Binary search 🔍", Instant.parse("2026-03-29T22:30:15.123Z"));
        try (Connection c = raw(dir.resolve(Database.FILE_NAME))) {
            assertThat(Migrations.migrate(c, Migrations.ALL.subList(0, 3))).isEqualTo(3);
            exec(c, "INSERT INTO step_progress VALUES('step-6', 'IN_PROGRESS', '2026-03-01', NULL, '2026-03-01T10:00:00Z')");
            exec(c, "INSERT INTO milestone_progress VALUES('step-6.daily-practice', 'step-6', 0, 120, "
                    + "'2026-03-29T22:30:15Z')");
            exec(c, "INSERT INTO study_session VALUES('s1', '2026-03-29', 45, 'step-6', 'step-6.daily-practice', "
                    + "'Binary search 🔍', '2026-03-29T22:30:15.123Z', '2026-03-29T22:30:15.123Z')");
            exec(c, "INSERT INTO profile VALUES(1, 'level.junior', 'level.mid', '2026-03-01T10:00:00Z', "
                    + "'background.career-changer', '2026-03-01', 10, 1)");
        }

        try (Database db = Database.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(new StudyLogRepository(db).all()).containsExactly(session);
            ProgressRepository progress = new ProgressRepository(db);
            assertThat(progress.allSteps()).containsExactly(Map.entry("step-6", new StepProgress("step-6",
                    StepStatus.IN_PROGRESS, Optional.of(LocalDate.of(2026, 3, 1)), Optional.empty())));
            assertThat(progress.allMilestones()).containsExactly(Map.entry("step-6.daily-practice",
                    new MilestoneProgress("step-6.daily-practice", "step-6", false, 120)));
            ProfileRepository profiles = new ProfileRepository(db);
            assertThat(profiles.load()).isEqualTo(new Profile(Optional.of("level.junior"), Optional.of("level.mid")));
            assertThat(profiles.loadPlan()).isEqualTo(new PlanProfile(Optional.of("background.career-changer"),
                    Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(10), true));

            // the new tables start empty and work
            PlanRepository plans = new PlanRepository(db);
            assertThat(plans.overrides()).isEmpty();
            assertThat(plans.baseline()).isEmpty();
            assertThat(plans.baselineSavedAt()).isEmpty();
            DateSpan moved = new DateSpan(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 6));
            plans.saveOverride("step-6", moved);
            plans.saveBaseline(Map.of("step-6", moved), Instant.parse("2026-03-30T08:00:00Z"));
            assertThat(plans.overrides()).containsExactly(Map.entry("step-6", moved));
            assertThat(plans.baseline()).containsExactly(Map.entry("step-6", moved));
        }
        try (Database db = Database.open(dir)) { // migration 4 creates tables without IF NOT EXISTS
            assertThat(new PlanRepository(db).overrides()).hasSize(1);
            assertThat(new StudyLogRepository(db).all()).containsExactly(session);
        }
    }

    @Test
    void aVersionFourFileUpgradesWithItsPlanStudyLogAndProgressIntact() throws Exception {
        StudySession session = new StudySession("s1", LocalDate.of(2026, 4, 8), 50, "step-6",
                Optional.of("step-6.daily-practice"), "Mock interview 🎤", Instant.parse("2026-04-08T19:45:10.5Z"));
        DateSpan moved = new DateSpan(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 6));
        DateSpan planned = new DateSpan(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2));
        try (Connection c = raw(dir.resolve(Database.FILE_NAME))) {
            assertThat(Migrations.migrate(c, Migrations.ALL.subList(0, 4))).isEqualTo(4);
            exec(c, "INSERT INTO step_progress VALUES('step-6', 'IN_PROGRESS', '2026-03-02', NULL, '2026-03-02T10:00:00Z')");
            exec(c, "INSERT INTO milestone_progress VALUES('step-6.daily-practice', 'step-6', 0, 50, "
                    + "'2026-04-08T19:45:10.5Z')");
            exec(c, "INSERT INTO study_session VALUES('s1', '2026-04-08', 50, 'step-6', 'step-6.daily-practice', "
                    + "'Mock interview 🎤', '2026-04-08T19:45:10.5Z', '2026-04-08T19:45:10.5Z')");
            exec(c, "INSERT INTO profile VALUES(1, 'level.junior', 'level.mid', '2026-03-01T10:00:00Z', "
                    + "'background.career-changer', '2026-01-05', 12, 1)");
            exec(c, "INSERT INTO project(id, title, summary, status, repository_url, live_url, started_on, finished_on, "
                    + "role, decisions, deployment_notes, created_at, updated_at) VALUES('p1', 'Task API', 'REST', "
                    + "'BUILDING', NULL, NULL, NULL, NULL, '', '', '', '2026-02-01T09:00:00Z', '2026-02-01T09:00:00Z')");
            exec(c, "INSERT INTO project_link VALUES('p1', 'SKILL', 'skill.sql')");
            exec(c, "INSERT INTO plan_override VALUES('step-6', '2026-03-02', '2026-04-06')");
            exec(c, "INSERT INTO plan_baseline VALUES('step-1', '2026-01-05', '2026-03-02', '2026-01-05T08:00:00.25Z')");
        }

        try (Database db = Database.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            PlanRepository plans = new PlanRepository(db);
            assertThat(plans.overrides()).containsExactly(Map.entry("step-6", moved));
            assertThat(plans.baseline()).containsExactly(Map.entry("step-1", planned));
            assertThat(plans.baselineSavedAt()).contains(Instant.parse("2026-01-05T08:00:00.25Z"));
            assertThat(new StudyLogRepository(db).all()).containsExactly(session);
            ProgressRepository progress = new ProgressRepository(db);
            assertThat(progress.allSteps()).containsExactly(Map.entry("step-6", new StepProgress("step-6",
                    StepStatus.IN_PROGRESS, Optional.of(LocalDate.of(2026, 3, 2)), Optional.empty())));
            assertThat(progress.allMilestones()).containsExactly(Map.entry("step-6.daily-practice",
                    new MilestoneProgress("step-6.daily-practice", "step-6", false, 50)));
            ProfileRepository profiles = new ProfileRepository(db);
            assertThat(profiles.load()).isEqualTo(new Profile(Optional.of("level.junior"), Optional.of("level.mid")));
            assertThat(profiles.loadPlan()).isEqualTo(new PlanProfile(Optional.of("background.career-changer"),
                    Optional.of(LocalDate.of(2026, 1, 5)), Optional.of(12), true));
            assertThat(new ProjectRepository(db).all()).singleElement()
                    .satisfies(p -> assertThat(p.linkedSkillIds()).containsExactly("skill.sql"));

            // the new tables start empty, nothing is back-filled, and they work
            SkillRepository skills = new SkillRepository(db);
            ReadinessRepository readiness = new ReadinessRepository(db);
            assertThat(skills.current()).isEmpty();
            assertThat(skills.linkedProjects()).isEmpty();
            assertThat(skills.linkedMilestones()).isEmpty();
            assertThat(readiness.history("level.mid")).isEmpty();
            skills.rate(new SkillRating("skill.sql", 3, LocalDate.of(2026, 4, 9), Instant.parse("2026-04-09T08:00:00Z")));
            skills.link("skill.sql", SkillRepository.Kind.MILESTONE, "step-6.daily-practice");
            readiness.record(new ReadinessSnapshot(LocalDate.of(2026, 4, 9), "level.mid", 35, 0.2, 0.6, 0.3, 0.1),
                    Instant.parse("2026-04-09T08:00:01Z"));
        }
        try (Database db = Database.open(dir)) { // migration 5 creates tables without IF NOT EXISTS
            assertThat(new SkillRepository(db).current()).containsExactly(Map.entry("skill.sql", 3));
            assertThat(new SkillRepository(db).linkedMilestones())
                    .containsExactly(Map.entry("skill.sql", Set.of("step-6.daily-practice")));
            assertThat(new ReadinessRepository(db).history("level.mid")).hasSize(1);
            assertThat(new PlanRepository(db).overrides()).containsExactly(Map.entry("step-6", moved));
            assertThat(new StudyLogRepository(db).all()).containsExactly(session);
        }
        try (Connection c = raw(dir.resolve(Database.FILE_NAME))) {
            assertThat(column(c, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                    + "AND tbl_name IN ('skill_rating', 'readiness_snapshot') ORDER BY name"))
                    .containsExactly("readiness_snapshot_by_level", "skill_rating_by_skill");
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
