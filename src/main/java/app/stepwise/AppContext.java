package app.stepwise;

import app.stepwise.content.ContentException;
import app.stepwise.content.Guide;
import app.stepwise.content.GuideLoader;
import app.stepwise.store.Backup;
import app.stepwise.store.DataFolder;
import app.stepwise.store.PendingRestore;
import app.stepwise.store.Database;
import app.stepwise.store.FolderLock;
import app.stepwise.store.Recovery;
import app.stepwise.store.StartupBackup;
import app.stepwise.store.NoteRepository;
import app.stepwise.store.DateSpan;
import app.stepwise.store.PlanProfile;
import app.stepwise.store.PlanRepository;
import app.stepwise.store.ReadinessRepository;
import app.stepwise.store.ReadinessSnapshot;
import app.stepwise.store.SkillRepository;
import app.stepwise.ui.readiness.ReadinessModel;
import app.stepwise.ui.skills.SkillsModel;
import app.stepwise.store.Profile;
import app.stepwise.store.ProfileRepository;
import app.stepwise.store.ProgressRepository;
import app.stepwise.store.Project;
import app.stepwise.store.ProjectRepository;
import app.stepwise.store.SavedRoadmap;
import app.stepwise.store.SettingsRepository;
import app.stepwise.store.StoreException;
import app.stepwise.store.StudyLogRepository;
import app.stepwise.store.StudySession;
import app.stepwise.store.WindowState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the app needs before a window can open: the guide, the open database, its repositories and
 * what was saved last time. Built off the FX thread; the window wires its views from it.
 */
public record AppContext(
        Guide guide,
        Database database,
        ProgressRepository progress,
        NoteRepository notes,
        ProfileRepository profiles,
        SettingsRepository settings,
        ProjectRepository projects,
        StudyLogRepository studyLog,
        PlanRepository plans,
        SkillRepository skills,
        ReadinessRepository readiness,
        String installId,
        FolderLock lock,
        Recovery.Outcome recovery,
        Optional<Backup> restoredOnRequest,
        Saved saved) implements AutoCloseable {

    public static final String THEME_KEY = "theme";
    public static final String LAST_VIEW_KEY = "lastView";
    /** A random id made on first start, so exported calendar events are unique to this installation. */
    public static final String INSTALL_ID_KEY = "installId";

    /** The stored state the views start from. */
    public record Saved(SavedRoadmap roadmap, Profile profile, PlanProfile plan, List<Project> projects,
                        List<StudySession> sessions, Map<String, DateSpan> movedSteps,
                        Map<String, DateSpan> baseline, SkillsModel.Saved skills,
                        Map<String, List<ReadinessSnapshot>> readiness, Optional<WindowState> window,
                        Optional<String> theme, Optional<String> lastView) {
    }

    /**
     * Opens the data folder for this process: takes its lock (a second Stepwise gets LOCKED and touches
     * nothing), recovers a damaged file from the newest good backup, opens and migrates the database, and
     * takes a verified backup when the file changed since the last one.
     */
    public static AppContext open(Path dataFolder) throws ContentException, StoreException {
        Guide guide = new GuideLoader().loadBundled();
        DataFolder.ensureWritable(dataFolder.toAbsolutePath().normalize());
        FolderLock lock = FolderLock.acquire(dataFolder).orElseThrow(() -> new StoreException(
                StoreException.Reason.LOCKED, dataFolder, "another Stepwise is using this data folder"));
        Database database;
        Recovery.Outcome recovery;
        boolean hadData;
        Optional<Backup> restored;
        try {
            Path file = dataFolder.resolve("stepwise.db");
            restored = PendingRestore.carryOut(dataFolder, file);
            recovery = Recovery.openOrRecover(dataFolder);
            hadData = java.nio.file.Files.exists(file) && java.nio.file.Files.size(file) > 0;
            database = Database.open(dataFolder);
        } catch (java.io.IOException e) {
            lock.close();
            throw new StoreException(StoreException.Reason.FAILED, dataFolder, "cannot read the data file", e);
        } catch (StoreException | RuntimeException e) {
            lock.close();
            throw e;
        }
        try {
            if (hadData) {
                StartupBackup.takeIfChanged(dataFolder, database.file());
            }
            ProgressRepository progress = new ProgressRepository(database);
            NoteRepository notes = new NoteRepository(database);
            ProfileRepository profiles = new ProfileRepository(database);
            SettingsRepository settings = new SettingsRepository(database);
            ProjectRepository projects = new ProjectRepository(database);
            StudyLogRepository studyLog = new StudyLogRepository(database);
            PlanRepository plans = new PlanRepository(database);
            SkillRepository skills = new SkillRepository(database);
            ReadinessRepository readiness = new ReadinessRepository(database);
            String installId = settings.get(INSTALL_ID_KEY).orElse(java.util.UUID.randomUUID().toString());
            settings.put(INSTALL_ID_KEY, installId);
            Saved saved = new Saved(SavedRoadmap.load(progress, notes),
                    profiles.load(), profiles.loadPlan(), projects.all(), studyLog.all(), plans.overrides(), plans.baseline(),
                    SkillsModel.load(guide, skills), ReadinessModel.load(guide, readiness), settings.windowState(), settings.get(THEME_KEY), settings.get(LAST_VIEW_KEY));
            return new AppContext(guide, database, progress, notes, profiles, settings, projects, studyLog, plans, skills, readiness, installId, lock,
                    recovery, restored, saved);
        } catch (StoreException | RuntimeException e) {
            database.close();
            lock.close();
            throw e;
        }
    }

    @Override
    public void close() {
        database.close();
        lock.close();
    }
}
