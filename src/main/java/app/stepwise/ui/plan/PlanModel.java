package app.stepwise.ui.plan;

import app.stepwise.content.Guide;
import app.stepwise.planning.PlanAdjustments;
import app.stepwise.planning.Timeline;
import app.stepwise.planning.Timeline.Plan;
import app.stepwise.store.DateSpan;
import app.stepwise.store.PlanProfile;
import app.stepwise.store.PlanRepository;
import app.stepwise.store.ProfileRepository;
import app.stepwise.ui.common.Background;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The user's plan settings (background, start, weekly hours), the steps they moved and the saved baseline;
 * every change is saved in the background and ticks {@link #revision()}.
 */
public final class PlanModel {

    /** What "skip" in the welcome sets: the guide's own route from scratch, starting today. */
    public static final String DEFAULT_BACKGROUND = "background.from-scratch";
    public static final int DEFAULT_HOURS = 10;

    private final Guide guide;
    private final ProfileRepository profiles;
    private final PlanRepository plans;
    private final Background background;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private PlanProfile profile;
    private final Map<String, DateSpan> moved;
    private Map<String, DateSpan> baseline;

    public PlanModel(Guide guide, ProfileRepository profiles, PlanRepository plans, Background background,
                     PlanProfile profile, Map<String, DateSpan> moved, Map<String, DateSpan> baseline) {
        this.guide = guide;
        this.profiles = profiles;
        this.plans = plans;
        this.background = background;
        this.profile = profile;
        this.moved = new HashMap<>(moved);
        this.baseline = Map.copyOf(baseline);
    }

    public Guide guide() {
        return guide;
    }

    public ReadOnlyLongProperty revision() {
        return revision.getReadOnlyProperty();
    }

    public PlanProfile profile() {
        return profile;
    }

    /** The plan, once background, start and hours are known; moved steps where the user put them. */
    public Optional<Plan> plan() {
        if (profile.backgroundId().isEmpty() || profile.startDate().isEmpty() || profile.hoursPerWeek().isEmpty()
                || guide.backgrounds().stream().noneMatch(b -> b.id().equals(profile.backgroundId().get()))) {
            return Optional.empty();
        }
        Plan computed = Timeline.plan(guide, profile.backgroundId().get(), profile.startDate().get(),
                profile.hoursPerWeek().get());
        return Optional.of(PlanAdjustments.withMovedSteps(computed, moved));
    }

    public Map<String, DateSpan> baseline() {
        return baseline;
    }

    public boolean isMoved(String stepId) {
        return moved.containsKey(stepId);
    }

    public void saveProfile(PlanProfile changed) {
        if (changed.equals(profile)) {
            return;
        }
        profile = changed;
        bump();
        background.run(() -> profiles.savePlan(changed));
    }

    /** The welcome was skipped: sensible defaults, all editable later. */
    public void useDefaults(LocalDate today) {
        saveProfile(new PlanProfile(Optional.of(DEFAULT_BACKGROUND), Optional.of(today),
                Optional.of(DEFAULT_HOURS), true));
    }

    public void moveStep(String stepId, DateSpan span) {
        moved.put(stepId, span);
        bump();
        background.run(() -> plans.saveOverride(stepId, span));
    }

    /** Puts a moved step back where the computed plan has it. */
    public void unmoveStep(String stepId) {
        if (moved.remove(stepId) != null) {
            bump();
            background.run(() -> plans.clearOverride(stepId));
        }
    }

    /** Saves the current plan as the baseline to compare against. */
    public void rebaseline(Instant now) {
        plan().ifPresent(plan -> {
            Map<String, DateSpan> spans = new HashMap<>();
            plan.steps().stream().filter(s -> s.end().isAfter(s.start())) // a step rounded to no days has no span
                    .forEach(s -> spans.put(s.stepId(), new DateSpan(s.start(), s.end())));
            baseline = Map.copyOf(spans);
            bump();
            background.run(() -> plans.saveBaseline(spans, now));
        });
    }

    /** Shows what is stored again, e.g. after a failed save; a failed reload is only reported. */
    public void reload(java.util.function.Consumer<Throwable> onFailure) {
        record Stored(PlanProfile profile, Map<String, DateSpan> moved, Map<String, DateSpan> baseline) {
        }
        background.run(() -> new Stored(profiles.loadPlan(), plans.overrides(), plans.baseline()), stored -> {
            profile = stored.profile();
            moved.clear();
            moved.putAll(stored.moved());
            baseline = Map.copyOf(stored.baseline());
            bump();
        }, onFailure);
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }
}
