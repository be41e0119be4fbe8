package app.stepwise.ui.roadmap;

import app.stepwise.content.Guide;
import app.stepwise.content.Milestone;
import app.stepwise.content.Step;
import app.stepwise.planning.DerivedCounts;
import app.stepwise.planning.StepProgressRules;
import app.stepwise.store.MilestoneProgress;
import app.stepwise.store.NoteRepository;
import app.stepwise.store.ProgressRepository;
import app.stepwise.store.SavedRoadmap;
import app.stepwise.store.StepProgress;
import app.stepwise.store.StepSnapshot;
import app.stepwise.store.StepStatus;
import app.stepwise.ui.common.Background;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The user's roadmap progress as the views see it. Changes show at once and are saved in the background;
 * {@link #revision()} ticks after every change so views can refresh.
 */
public final class RoadmapModel {

    private final Guide guide;
    private final ProgressRepository progressRepository;
    private final NoteRepository noteRepository;
    private final Background background;
    private final Clock clock;
    private final ObservableMap<String, StepProgress> steps = FXCollections.observableHashMap();
    private final ObservableMap<String, MilestoneProgress> milestones = FXCollections.observableHashMap();
    private final ObservableMap<String, String> notes = FXCollections.observableHashMap();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private Map<String, Integer> derivedCounts = Map.of();

    public RoadmapModel(Guide guide, ProgressRepository progressRepository, NoteRepository noteRepository,
                        Background background, Clock clock, SavedRoadmap saved) {
        this.guide = guide;
        this.progressRepository = progressRepository;
        this.noteRepository = noteRepository;
        this.background = background;
        this.clock = clock;
        replaceAll(saved);
    }

    public Guide guide() {
        return guide;
    }

    public ReadOnlyLongProperty revision() {
        return revision.getReadOnlyProperty();
    }

    public StepProgress step(String stepId) {
        return steps.getOrDefault(stepId, StepProgressRules.notStarted(stepId));
    }

    public Optional<MilestoneProgress> milestone(String milestoneId) {
        return Optional.ofNullable(milestones().get(milestoneId));
    }

    /**
     * Milestone progress as it counts: what the user stored, with the counters that other data feeds
     * replaced by that data's numbers.
     */
    public Map<String, MilestoneProgress> milestones() {
        return DerivedCounts.apply(guide, milestones, derivedCounts);
    }

    /** The numbers other data feeds at start: shown as they are, without changing any step's status. */
    public void startWithDerivedCounts(Map<String, Integer> counts) {
        derivedCounts = Map.copyOf(counts);
        bump();
    }

    /** New numbers for the counters that other data feeds (portfolio projects, study minutes). */
    public void setDerivedCounts(Map<String, Integer> counts) {
        if (counts.equals(derivedCounts)) {
            return;
        }
        Map<String, MilestoneProgress> before = milestones();
        derivedCounts = Map.copyOf(counts);
        Map<String, MilestoneProgress> after = milestones();
        for (Step step : guide.steps()) {
            boolean changed = step.milestones().stream().anyMatch(m -> !java.util.Objects.equals(
                    before.get(m.id()), after.get(m.id())));
            if (!changed) {
                continue;
            }
            StepProgress current = step(step.id());
            StepProgress next = StepProgressRules.afterMilestoneChange(step, current, before, after, today());
            if (!next.equals(current)) {
                steps.put(step.id(), next);
                background.run(() -> progressRepository.saveStep(next));
            }
        }
        bump();
    }

    public String note(String subjectId) {
        return notes.getOrDefault(subjectId, "");
    }

    public double fraction(Step step) {
        return StepProgressRules.fraction(step, milestones());
    }

    public void setDone(Step step, Milestone milestone, boolean done) {
        int count = milestone(milestone.id()).map(MilestoneProgress::count).orElse(0);
        changeMilestone(step, new MilestoneProgress(milestone.id(), step.id(), done, count));
    }

    public void setCount(Step step, Milestone milestone, int count) {
        boolean done = milestone(milestone.id()).map(MilestoneProgress::done).orElse(false);
        changeMilestone(step, new MilestoneProgress(milestone.id(), step.id(), done, count));
    }

    private void changeMilestone(Step step, MilestoneProgress progress) {
        Map<String, MilestoneProgress> previous = milestones();
        milestones.put(progress.milestoneId(), progress);
        StepProgress before = step(step.id());
        StepProgress after = StepProgressRules.afterMilestoneChange(step, before, previous, milestones(), today());
        steps.put(step.id(), after);
        bump();
        background.run(() -> {
            progressRepository.saveMilestone(progress);
            if (!after.equals(before)) {
                progressRepository.saveStep(after);
            }
        });
    }

    public void setStatus(Step step, StepStatus status) {
        StepProgress current = step(step.id());
        StepProgress after = current.status() == StepStatus.SKIPPED && status == StepStatus.NOT_STARTED
                ? StepProgressRules.unskipped(step, current, milestones(), today())
                : StepProgressRules.withStatus(current, status, today());
        steps.put(step.id(), after);
        bump();
        background.run(() -> progressRepository.saveStep(after));
    }

    /**
     * Clears the step's milestones and status (notes stay); {@code onReset} receives what was there,
     * so the user can undo.
     */
    public void reset(Step step, Consumer<StepSnapshot> onReset) {
        steps.put(step.id(), StepProgressRules.notStarted(step.id()));
        milestones.values().removeIf(p -> p.stepId().equals(step.id()));
        bump();
        background.run(() -> progressRepository.resetStep(step.id()), onReset);
    }

    /** Puts the step back exactly as the snapshot has it, dropping anything done to it since the reset. */
    public void undoReset(StepSnapshot snapshot) {
        milestones.values().removeIf(p -> p.stepId().equals(snapshot.stepId()));
        snapshot.step().ifPresentOrElse(s -> steps.put(s.stepId(), s), () -> steps.remove(snapshot.stepId()));
        snapshot.milestones().forEach(m -> milestones.put(m.milestoneId(), m));
        bump();
        background.run(() -> progressRepository.restore(snapshot));
    }

    public void saveNote(String subjectId, String text) {
        String before = note(subjectId);
        if (text.equals(before)) {
            return;
        }
        if (text.isBlank()) {
            notes.remove(subjectId);
        } else {
            notes.put(subjectId, text);
        }
        if (before.isBlank() != text.isBlank()) {
            bump(); // a note appeared or went away: labels such as "Add note" change
        }
        background.run(() -> noteRepository.save(subjectId, text));
    }

    /**
     * Puts the model back to what is stored, e.g. after a save failed. A failed reload is only reported
     * (through {@code onFailure}), never retried, so an unreadable file cannot start a loop.
     */
    public void reload(Consumer<Throwable> onFailure) {
        background.run(() -> SavedRoadmap.load(progressRepository, noteRepository), this::replaceAll, onFailure);
    }

    private void replaceAll(SavedRoadmap saved) {
        steps.clear();
        steps.putAll(saved.steps());
        milestones.clear();
        milestones.putAll(saved.milestones());
        notes.clear();
        notes.putAll(saved.notes());
        bump();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }
}
