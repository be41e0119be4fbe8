package app.stepwise.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The schema history. Append new steps at the end; never edit one that has shipped. */
public final class Migrations {

    public static final List<Migration> ALL = List.of(
            new Migration(1, "progress, notes, profile and settings", List.of(
                    "CREATE TABLE step_progress("
                            + "step_id TEXT PRIMARY KEY, "
                            + "status TEXT NOT NULL CHECK(status IN ('NOT_STARTED','IN_PROGRESS','DONE','SKIPPED')), "
                            + "started_on TEXT, finished_on TEXT, updated_at TEXT NOT NULL)",
                    "CREATE TABLE milestone_progress("
                            + "milestone_id TEXT PRIMARY KEY, "
                            + "step_id TEXT NOT NULL REFERENCES step_progress(step_id) ON DELETE CASCADE, "
                            + "done INTEGER NOT NULL DEFAULT 0 CHECK(done IN (0,1)), "
                            + "count INTEGER NOT NULL DEFAULT 0 CHECK(count >= 0), "
                            + "updated_at TEXT NOT NULL)",
                    // SQLite does not index foreign keys itself; without it a cascade scans the table
                    "CREATE INDEX milestone_progress_by_step ON milestone_progress(step_id)",
                    "CREATE TABLE note(subject_id TEXT PRIMARY KEY, body TEXT NOT NULL, updated_at TEXT NOT NULL)",
                    "CREATE TABLE profile(id INTEGER PRIMARY KEY CHECK(id = 1), "
                            + "current_level TEXT, target_level TEXT, updated_at TEXT NOT NULL)",
                    "CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    // the first migration is what makes a file a new Stepwise file
                    "PRAGMA application_id = " + Database.APPLICATION_ID)),
            // the names are spelled out, not taken from the enums: a shipped step must never change
            new Migration(2, "portfolio projects", List.of(
                    "CREATE TABLE project("
                            + "id TEXT PRIMARY KEY, "
                            + "title TEXT NOT NULL CHECK(length(trim(title)) BETWEEN 1 AND 120), "
                            + "summary TEXT NOT NULL, "
                            + "status TEXT NOT NULL CHECK(status IN ('IDEA','BUILDING','DEPLOYED','DONE')), "
                            + "repository_url TEXT, live_url TEXT, started_on TEXT, finished_on TEXT, "
                            + "role TEXT NOT NULL, decisions TEXT NOT NULL, deployment_notes TEXT NOT NULL, "
                            + "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                            // ISO dates compare correctly as text
                            + "CHECK(finished_on IS NULL OR started_on IS NULL OR finished_on >= started_on))",
                    // each child table's primary key starts with project_id, which also serves the cascade
                    "CREATE TABLE project_tag("
                            + "project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE, "
                            + "position INTEGER NOT NULL, tag TEXT NOT NULL, "
                            + "PRIMARY KEY(project_id, position))",
                    "CREATE TABLE project_evidence("
                            + "project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE, "
                            + "item TEXT NOT NULL CHECK(item IN ('README','TESTS','CI','LIVE_DEMO',"
                            + "'ROLE_AND_DECISIONS','DEPLOYMENT_NOTES')), "
                            + "PRIMARY KEY(project_id, item))",
                    "CREATE TABLE project_link("
                            + "project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE, "
                            + "kind TEXT NOT NULL CHECK(kind IN ('STEP','SKILL')), "
                            + "target_id TEXT NOT NULL, "
                            + "PRIMARY KEY(project_id, kind, target_id))")),
            new Migration(3, "study log and plan profile", List.of(
                    // day is the calendar day as the user saw it (LocalDate text), never an instant: see StudySession
                    "CREATE TABLE study_session("
                            + "id TEXT PRIMARY KEY, "
                            + "day TEXT NOT NULL, "
                            + "minutes INTEGER NOT NULL CHECK(minutes BETWEEN 1 AND 1440), "
                            + "step_id TEXT NOT NULL, milestone_id TEXT, note TEXT NOT NULL, "
                            + "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
                    "CREATE INDEX study_session_by_day ON study_session(day)",
                    // ADD COLUMN keeps the existing row; NOT NULL needs its DEFAULT for that row
                    "ALTER TABLE profile ADD COLUMN background_id TEXT",
                    "ALTER TABLE profile ADD COLUMN start_date TEXT",
                    "ALTER TABLE profile ADD COLUMN hours_per_week INTEGER "
                            + "CHECK(hours_per_week IS NULL OR hours_per_week BETWEEN 1 AND 80)",
                    "ALTER TABLE profile ADD COLUMN welcome_done INTEGER NOT NULL DEFAULT 0 "
                            + "CHECK(welcome_done IN (0,1))")),
            // days are LocalDate text, ends exclusive; ISO dates compare correctly as text
            new Migration(4, "plan overrides and baseline", List.of(
                    "CREATE TABLE plan_override("
                            + "step_id TEXT PRIMARY KEY, "
                            + "start_day TEXT NOT NULL, end_day TEXT NOT NULL, "
                            + "CHECK(end_day > start_day))",
                    "CREATE TABLE plan_baseline("
                            + "step_id TEXT PRIMARY KEY, "
                            + "start_day TEXT NOT NULL, end_day TEXT NOT NULL, "
                            + "saved_at TEXT NOT NULL, "
                            + "CHECK(end_day > start_day))")),
            // rated_on and day are LocalDate text as the user saw it; rated_at and written_at are Instant text
            new Migration(5, "skill ratings, skill evidence and readiness history", List.of(
                    // one row per rating given, never updated: the table is the history
                    "CREATE TABLE skill_rating("
                            + "id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            + "skill_id TEXT NOT NULL, "
                            + "rating INTEGER NOT NULL CHECK(rating BETWEEN 0 AND 5), "
                            + "rated_on TEXT NOT NULL, rated_at TEXT NOT NULL)",
                    "CREATE INDEX skill_rating_by_skill ON skill_rating(skill_id)",
                    "CREATE TABLE skill_evidence("
                            + "skill_id TEXT NOT NULL, "
                            + "kind TEXT NOT NULL CHECK(kind IN ('PROJECT','MILESTONE')), "
                            + "target_id TEXT NOT NULL, "
                            + "PRIMARY KEY(skill_id, kind, target_id))",
                    // one row per day and level: the day's last state overwrites it, no other day is touched
                    "CREATE TABLE readiness_snapshot("
                            + "day TEXT NOT NULL, level_id TEXT NOT NULL, "
                            + "overall INTEGER NOT NULL CHECK(overall BETWEEN 0 AND 100), "
                            + "roadmap REAL NOT NULL, skills REAL NOT NULL, portfolio REAL NOT NULL, "
                            + "practice REAL NOT NULL, written_at TEXT NOT NULL, "
                            + "PRIMARY KEY(day, level_id))",
                    // history is read per level; the primary key starts with the day
                    "CREATE INDEX readiness_snapshot_by_level ON readiness_snapshot(level_id, day)")));

    public static final int LATEST = ALL.get(ALL.size() - 1).version();

    static {
        checkOrder(ALL);
    }

    private Migrations() {
    }

    /** Runs every step above the file's {@code user_version}, in order; returns the version reached. */
    static int migrate(Connection c, List<Migration> migrations) throws SQLException {
        checkOrder(migrations);
        try (Statement s = c.createStatement()) {
            for (Migration m : migrations) {
                if (Database.intPragma(s, "user_version") < m.version()) {
                    apply(s, m);
                }
            }
            return Database.intPragma(s, "user_version");
        }
    }

    private static void apply(Statement s, Migration m) throws SQLException {
        s.execute("BEGIN IMMEDIATE");
        try {
            // checked again under the write lock: another instance may have migrated meanwhile
            if (Database.intPragma(s, "user_version") < m.version()) {
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + m.version());
            }
            s.execute("COMMIT");
        } catch (SQLException | RuntimeException e) {
            Database.rollback(s.getConnection(), e);
            throw e;
        }
    }

    static void checkOrder(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalStateException("migrations must be numbered 1, 2, 3 … without gaps: " + migrations);
            }
        }
    }
}
