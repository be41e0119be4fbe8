package app.stepwise.ui.shell;

import app.stepwise.AppContext;
import app.stepwise.store.WindowState;
import app.stepwise.ui.career.CareerController;
import app.stepwise.ui.career.ProfileModel;
import app.stepwise.ui.common.Background;
import app.stepwise.ui.common.Banner;
import app.stepwise.ui.common.Formats;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.common.StoreProblems;
import app.stepwise.ui.common.Theme;
import app.stepwise.ui.common.ViewLoader;
import app.stepwise.content.Step;
import app.stepwise.store.Project;
import app.stepwise.store.StepStatus;
import app.stepwise.store.StudySession;
import app.stepwise.ui.data.DataController;
import app.stepwise.ui.home.HomeController;
import app.stepwise.planning.DerivedCounts;
import app.stepwise.planning.Readiness;
import app.stepwise.ui.log.QuickLog;
import app.stepwise.ui.readiness.ReadinessController;
import app.stepwise.ui.readiness.ReadinessModel;
import app.stepwise.ui.skills.SkillsController;
import app.stepwise.ui.skills.SkillsModel;
import app.stepwise.ui.plan.PlanController;
import app.stepwise.ui.plan.PlanModel;
import app.stepwise.ui.plan.WelcomeDialog;
import app.stepwise.ui.log.StudyLogController;
import app.stepwise.ui.log.StudyLogModel;
import app.stepwise.ui.portfolio.LinkOpener;
import app.stepwise.ui.portfolio.PortfolioController;
import app.stepwise.ui.portfolio.PortfolioModel;
import app.stepwise.ui.roadmap.RoadmapController;
import app.stepwise.ui.roadmap.RoadmapModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.nio.file.Path;
import app.stepwise.store.Backups;
import app.stepwise.store.Recovery;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.WindowEvent;
import javafx.stage.Stage;

/** Wires the views to the stored data and shows them in a stage; the one place objects are put together. */
public final class MainWindow {

    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 820;

    private final AppContext context;
    private final Stage stage;
    private final Background background;
    private final RoadmapModel roadmap;
    private final ProfileModel profile;
    private final Banner banner;
    private final Messages messages;
    private final PortfolioModel portfolio;
    private final StudyLogModel studyLog;
    private final PlanModel plan;
    private final SkillsModel skills;
    private final ReadinessModel readiness;
    private SkillsController skillsController;
    private final Clock clock;
    private int savesAtLastBackup;
    private RoadmapController roadmapController;
    private PortfolioController portfolioController;
    private ShellController shell;

    private MainWindow(AppContext context, Stage stage, Messages messages, Clock clock, DesktopServices desktop) {
        this.context = context;
        this.stage = stage;
        Banner banner = new Banner(messages);
        this.background = new Background(problem -> {
            banner.error(StoreProblems.whileSaving(problem, messages));
            reloadAfterFailure();
        });
        this.banner = banner;
        this.messages = messages;
        this.clock = clock;
        Formats formats = new Formats(messages);
        roadmap = new RoadmapModel(context.guide(), context.progress(), context.notes(), background, clock,
                context.saved().roadmap());
        profile = new ProfileModel(context.guide(), context.profiles(), background,
                context.saved().profile());
        portfolio = new PortfolioModel(context.guide(), context.projects(), background, context.saved().projects());
        studyLog = new StudyLogModel(context.guide(), context.studyLog(), background, context.saved().sessions());
        roadmap.startWithDerivedCounts(derivedCounts());
        portfolio.projects().addListener((ListChangeListener<Project>) change -> updateDerivedCounts());
        studyLog.sessions().addListener((ListChangeListener<StudySession>) change -> updateDerivedCounts());
        plan = new PlanModel(context.guide(), context.profiles(), context.plans(), background,
                context.saved().plan(), context.saved().movedSteps(), context.saved().baseline());
        skills = new SkillsModel(context.guide(), context.skills(), background, clock, context.saved().skills());
        readiness = new ReadinessModel(context.guide(), roadmap, skills, portfolio, studyLog, profile,
                context.readiness(), background, clock, context.saved().readiness());
        readiness.follow();
        QuickLog quickLog = new QuickLog(studyLog, messages, clock, this::stepInProgress, () -> stage);
        LinkOpener links = new LinkOpener(desktop.browser());
        boolean dark = context.saved().theme().map(Theme.DARK::equals).orElse(false);
        Theme.apply(dark);
        AppView initial = context.saved().lastView().flatMap(AppView::byId).orElse(AppView.HOME);

        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        controllers.put(RoadmapController.class, () -> {
            roadmapController = new RoadmapController(roadmap, messages, formats, banner,
                    milestone -> shell.show(milestone.countsProjects().isPresent() ? AppView.PORTFOLIO : AppView.STUDY_LOG));
            return roadmapController;
        });
        controllers.put(StudyLogController.class, () -> new StudyLogController(studyLog, quickLog, messages, banner,
                background, desktop.saveDialog(), clock, () -> plan.profile().hoursPerWeek(), plan.revision()));
        controllers.put(HomeController.class, () -> new HomeController(roadmap, studyLog, plan, readiness, messages,
                formats, clock, new HomeController.Navigator() {
                    @Override
                    public void step(String stepId) {
                        shell.show(AppView.ROADMAP);
                        roadmapController.select(stepId);
                    }

                    @Override
                    public void studyLog() {
                        shell.show(AppView.STUDY_LOG);
                    }

                    @Override
                    public void plan() {
                        shell.show(AppView.PLAN);
                    }

                    @Override
                    public void readiness() {
                        shell.show(AppView.READINESS);
                    }
                }));
        controllers.put(SkillsController.class, () -> {
            skillsController = new SkillsController(skills, profile, portfolio, messages);
            return skillsController;
        });
        controllers.put(ReadinessController.class, () -> new ReadinessController(readiness, messages, clock,
                new ReadinessController.Navigator() {
                    @Override
                    public void rateSkill(String skillId) {
                        shell.show(AppView.SKILLS);
                        skillsController.select(skillId);
                    }

                    @Override
                    public void step(String stepId) {
                        shell.show(AppView.ROADMAP);
                        roadmapController.select(stepId);
                    }

                    @Override
                    public void project(String projectId) {
                        shell.show(AppView.PORTFOLIO);
                        portfolioController.select(projectId);
                    }

                    @Override
                    public void logPractice() {
                        quickLog.openFor(Readiness.practiceStep(context.guide()));
                    }

                    @Override
                    public void newProject() {
                        shell.show(AppView.PORTFOLIO);
                    }
                }));
        controllers.put(DataController.class, () -> new DataController(context.database().file(), messages, banner,
                background, clock, desktop.browser(), stage::close));
        controllers.put(PlanController.class, () -> new PlanController(plan, roadmap, messages, banner, background,
                desktop.saveDialog(), clock, context.installId()));
        controllers.put(PortfolioController.class, () -> {
            portfolioController = new PortfolioController(portfolio, messages, banner, background, links,
                    desktop.saveDialog(), clock);
            return portfolioController;
        });
        controllers.put(CareerController.class, () -> new CareerController(profile, skills, messages, formats));
        var shellSettings = new ShellController.ShellSettings(initial, dark,
                view -> background.run(() -> context.settings().put(AppContext.LAST_VIEW_KEY, view.id())),
                isDark -> {
                    Theme.apply(isDark);
                    background.run(() -> context.settings().put(AppContext.THEME_KEY, isDark ? Theme.DARK : Theme.LIGHT));
                });
        Map<AppView, Supplier<Parent>> views = new EnumMap<>(AppView.class);
        controllers.put(ShellController.class, () -> {
            shell = new ShellController(views, messages, banner, shellSettings);
            return shell;
        });
        ViewLoader loader = new ViewLoader(controllers, messages);
        views.put(AppView.HOME, () -> loader.load(HomeController.class, "HomeView"));
        views.put(AppView.ROADMAP, () -> loader.load(RoadmapController.class, "RoadmapView"));
        views.put(AppView.CAREER, () -> loader.load(CareerController.class, "CareerView"));
        views.put(AppView.PORTFOLIO, () -> loader.load(PortfolioController.class, "PortfolioView"));
        views.put(AppView.STUDY_LOG, () -> loader.load(StudyLogController.class, "StudyLogView"));
        views.put(AppView.PLAN, () -> loader.load(PlanController.class, "PlanView"));
        views.put(AppView.DATA, () -> loader.load(DataController.class, "DataView"));
        views.put(AppView.SKILLS, () -> loader.load(SkillsController.class, "SkillsView"));
        views.put(AppView.READINESS, () -> loader.load(ReadinessController.class, "ReadinessView"));
        Parent root = loader.load(ShellController.class, "ShellView");

        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        Theme.addAppStylesheet(scene);
        shell.installShortcuts(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), banner::runAction);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> quickLog.open(Optional.empty()));
        stage.setScene(scene);
        stage.setOnCloseRequest(this::confirmClose);
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        placeOnScreen();
    }

    /** Builds the window for {@code stage} and shows it. */
    public static MainWindow show(AppContext context, Stage stage, Messages messages, Clock clock,
                                  DesktopServices desktop) {
        MainWindow window = new MainWindow(context, stage, messages, clock, desktop);
        stage.show();
        window.tellAboutRecovery();
        window.backUpEvery30Minutes();
        if (!window.plan.profile().welcomeDone()) {
            javafx.application.Platform.runLater(window::welcome);
        }
        return window;
    }

    /** A damaged file found at start was set aside; say what the user has now and where the old file is. */
    private void tellAboutRecovery() {
        Recovery.Outcome outcome = context.recovery();
        String aside = outcome.movedAside().map(Path::toString).orElse("");
        switch (outcome.kind()) {
            case RESTORED -> banner.error(messages.get("recovery.restored",
                    outcome.restoredFrom().map(t -> LocalDateTime.ofInstant(t, clock.getZone()).toLocalDate().toString())
                            .orElse("?"), aside));
            case STARTED_EMPTY -> banner.error(messages.get("recovery.empty", aside));
            case OK -> context.restoredOnRequest().ifPresent(backup -> banner.info(messages.get("recovery.requested",
                    LocalDateTime.ofInstant(backup.takenAt(), clock.getZone()).toLocalDate().toString())));
        }
    }

    /** While the window is open, a verified backup every 30 minutes when something was saved since the last one. */
    private void backUpEvery30Minutes() {
        javafx.animation.Timeline timer = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.minutes(30), e -> {
                    int saves = background.completedCount();
                    if (saves > savesAtLastBackup) {
                        savesAtLastBackup = saves;
                        Path file = context.database().file();
                        background.run(() -> {
                            Backups backups = new Backups(file.getParent());
                            backups.create(file);
                            backups.thin(LocalDate.now(clock), clock.getZone());
                            return null;
                        }, done -> savesAtLastBackup = background.completedCount()); // the backup is no save
                    }
                }));
        timer.setCycleCount(javafx.animation.Animation.INDEFINITE);
        timer.play();
    }

    /** First start: ask for background, start, hours and target level; Skip keeps sensible defaults. */
    private void welcome() {
        WelcomeDialog dialog = new WelcomeDialog(stage, context.guide(), messages, LocalDate.now(clock));
        dialog.setOnHidden(e -> {
            if (dialog.saved(dialog.getResult())) {
                WelcomeDialog.Choice choice = dialog.choice();
                plan.saveProfile(choice.plan());
                choice.targetLevel().ifPresent(level -> profile.setTargetLevel(Optional.of(level)));
            } else {
                plan.useDefaults(LocalDate.now(clock));
            }
        });
        dialog.show();
    }

    /** Saves what is being typed and the window's place, then waits for every save to finish. */
    public void close() {
        flushEdits();
        WindowState state = new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
        background.run(() -> context.settings().saveWindowState(state));
        background.close();
    }

    /** Counters fed by other data: portfolio projects and study minutes. */
    private void updateDerivedCounts() {
        roadmap.setDerivedCounts(derivedCounts());
    }

    private Map<String, Integer> derivedCounts() {
        return DerivedCounts.of(context.guide(), portfolio.projects(), studyLog.sessions());
    }

    /** Where a new study session starts: the first step in progress, else the first not done. */
    private String stepInProgress() {
        List<Step> steps = context.guide().steps();
        return steps.stream().filter(s -> roadmap.step(s.id()).status() == StepStatus.IN_PROGRESS).findFirst()
                .or(() -> steps.stream().filter(s -> roadmap.step(s.id()).status() == StepStatus.NOT_STARTED).findFirst())
                .orElse(steps.get(0)).id();
    }

    private void flushEdits() {
        if (roadmapController != null) {
            roadmapController.flushEdits();
        }
        if (portfolioController != null) {
            portfolioController.flushEdits();
        }
    }

    /** For tests: waits until every queued save has reached the database. */
    public void awaitSaves() {
        background.awaitIdle();
    }

    /** After a failed save, the views go back to what is stored; a failed reload is reported, not retried. */
    private void reloadAfterFailure() {
        roadmap.reload(this::reportReloadFailure);
        profile.reload(this::reportReloadFailure);
        portfolio.reload(this::reportReloadFailure);
        studyLog.reload(this::reportReloadFailure);
        plan.reload(this::reportReloadFailure);
    }

    private void reportReloadFailure(Throwable problem) {
        banner.error(StoreProblems.whileSaving(problem, messages));
    }

    /**
     * Before the window closes: save what is being typed and wait for the saves. If one failed, the user
     * learns what was not saved and may stay to try again or quit anyway.
     */
    private void confirmClose(WindowEvent request) {
        int failuresBefore = background.failureCount();
        flushEdits();
        background.awaitIdle();
        if (background.failureCount() == failuresBefore) {
            return;
        }
        Throwable problem = background.lastFailure().orElseThrow();
        Alert alert = new Alert(Alert.AlertType.WARNING, StoreProblems.whileSaving(problem, messages),
                new ButtonType(messages.get("close.stay"), ButtonBar.ButtonData.CANCEL_CLOSE),
                new ButtonType(messages.get("close.quit"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(stage);
        alert.setHeaderText(messages.get("close.header"));
        boolean quit = alert.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
        if (!quit) {
            request.consume();
        }
    }

    private void placeOnScreen() {
        context.saved().window().filter(MainWindow::isVisibleOnSomeScreen).ifPresentOrElse(state -> {
            stage.setX(state.x());
            stage.setY(state.y());
            stage.setWidth(state.width());
            stage.setHeight(state.height());
            stage.setMaximized(state.maximized());
        }, () -> {
            stage.setWidth(DEFAULT_WIDTH);
            stage.setHeight(DEFAULT_HEIGHT);
            stage.centerOnScreen();
        });
    }

    private static boolean isVisibleOnSomeScreen(WindowState state) {
        return state.width() >= 400 && state.height() >= 300
                && !Screen.getScreensForRectangle(new Rectangle2D(state.x(), state.y(), state.width(), 40)).isEmpty();
    }
}
