package app.stepwise.store;

import app.stepwise.content.ContentException;
import app.stepwise.content.Guide;
import app.stepwise.content.GuideLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Fills every table through the repositories, and exports and imports in memory, for the transfer tests. */
final class TransferFixture {

    static final String RTL = "واجهة برمجة المهام — ממשק משימות";

    private static Guide guide;

    private TransferFixture() {
    }

    static synchronized Guide guide() {
        if (guide == null) {
            try {
                guide = new GuideLoader().loadBundled();
            } catch (ContentException e) {
                throw new AssertionError(e);
            }
        }
        return guide;
    }

    static void fill(Database db) throws StoreException {
        ProgressRepository progress = new ProgressRepository(db);
        progress.saveStep(new StepProgress("step-1", StepStatus.DONE, Optional.of(LocalDate.of(2026, 1, 5)),
                Optional.of(LocalDate.of(2026, 2, 20))));
        progress.saveStep(new StepProgress("step-2", StepStatus.IN_PROGRESS, Optional.of(LocalDate.of(2026, 2, 21)),
                Optional.empty()));
        progress.saveStep(StepProgress.notStarted("step-5"));
        progress.saveMilestone(new MilestoneProgress("step-1.one-language", "step-1", true, 0));
        progress.saveMilestone(new MilestoneProgress("step-2.mini-projects", "step-2", false, 3));
        progress.saveMilestone(new MilestoneProgress("step-3.docker", "step-3", true, 0)); // creates step-3's row

        NoteRepository notes = new NoteRepository(db);
        notes.save("step-1", "Finished with Python 🐍\nnext: SQL\n\n" + RTL);
        notes.save("step-2.sql-practice", "\"quotes\" and \\ backslashes\ttabs");
        notes.save("skill.sql", "joins ✅");

        ProfileRepository profiles = new ProfileRepository(db);
        profiles.save(new Profile(Optional.of("level.junior"), Optional.of("level.mid")));
        profiles.savePlan(new PlanProfile(Optional.of("background.career-changer"),
                Optional.of(LocalDate.of(2026, 1, 5)), Optional.of(12), true));

        SettingsRepository settings = new SettingsRepository(db);
        settings.put("theme", "dark");
        settings.put("lastView", "portfolio");
        settings.put("installId", "11111111-2222-3333-4444-555555555555");
        settings.saveWindowState(new WindowState(10, 20, 1200, 800, false));

        ProjectRepository projects = new ProjectRepository(db);
        projects.save(new Project("b-project", "Task API 🚀 " + RTL, "Summary 👩🏽‍💻", ProjectStatus.DEPLOYED,
                Optional.of("https://github.com/ana/task-api"), Optional.of("https://tasks.example.com/ü?q=1"),
                List.of("Spring Boot", "PostgreSQL", "✅ tests", "Spring Boot"),
                Optional.of(LocalDate.of(2026, 1, 5)), Optional.of(LocalDate.of(2026, 3, 1)),
                "Sole developer", "Chose PostgreSQL\nfor transactions", "Fly.io",
                Set.of(EvidenceItem.README, EvidenceItem.CI, EvidenceItem.LIVE_DEMO),
                Set.of("step-4", "step-3"), Set.of("skill.sql", "skill.containers"),
                Instant.parse("2026-01-05T09:30:15.123456Z")));
        projects.save(Project.blank("a-project", "Idea", Instant.parse("2026-03-01T10:00:00Z")));

        StudyLogRepository log = new StudyLogRepository(db);
        log.save(new StudySession("s-2", LocalDate.of(2026, 3, 2), 45, "step-2", Optional.of("step-2.sql-practice"),
                "window functions", Instant.parse("2026-03-02T20:00:00.5Z")));
        log.save(new StudySession("s-1", LocalDate.of(2026, 3, 1), 1440, "step-1", Optional.empty(), "",
                Instant.parse("2026-03-01T08:00:00Z")));
        log.save(new StudySession("s-3", LocalDate.of(2026, 3, 2), 1, "step-6", Optional.of("step-6.algorithm-practice"),
                RTL, Instant.parse("2026-03-02T07:00:00Z")));

        PlanRepository plans = new PlanRepository(db);
        plans.saveOverride("step-3", new DateSpan(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)));
        plans.saveBaseline(Map.of("step-1", new DateSpan(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 16)),
                "step-2", new DateSpan(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 4, 1))),
                Instant.parse("2026-01-05T12:00:00.000001Z"));

        SkillRepository skills = new SkillRepository(db);
        Instant same = Instant.parse("2026-02-01T10:00:00Z");
        skills.rate(new SkillRating("skill.sql", 2, LocalDate.of(2026, 2, 1), same));
        skills.rate(new SkillRating("skill.sql", 3, LocalDate.of(2026, 2, 1), same)); // same instant: insertion order
        skills.rate(new SkillRating("skill.api-design", 1, LocalDate.of(2026, 1, 10), Instant.parse("2026-01-10T10:00:00Z")));
        skills.rate(new SkillRating("skill.sql", 4, LocalDate.of(2026, 1, 15), Instant.parse("2026-01-15T10:00:00.1Z")));
        skills.link("skill.sql", SkillRepository.Kind.PROJECT, "b-project");
        skills.link("skill.sql", SkillRepository.Kind.MILESTONE, "step-2.sql-practice");
        skills.link("skill.containers", SkillRepository.Kind.MILESTONE, "step-3.docker");

        ReadinessRepository readiness = new ReadinessRepository(db);
        Instant at = Instant.parse("2026-03-02T21:00:00Z");
        readiness.record(new ReadinessSnapshot(LocalDate.of(2026, 3, 1), "level.mid", 42, 0.5, 0.1, 1.0 / 3, 0), at);
        readiness.record(new ReadinessSnapshot(LocalDate.of(2026, 3, 2), "level.mid", 44, 0.52, 0.125, 0.4, 0.05), at);
        readiness.record(new ReadinessSnapshot(LocalDate.of(2026, 3, 1), "level.junior", 71, 0.9, 0.6, 0.7, 1), at);
    }

    static byte[] export(Database db) throws StoreException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataExport.write(db, guide(), out);
        return out.toByteArray();
    }

    static DataImport.Snapshot read(byte[] bytes) throws ImportProblem {
        return DataImport.read(new ByteArrayInputStream(bytes), guide());
    }
}
