package app.stepwise.content;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds what JSON typing cannot: wrong counts and order, duplicate or dangling ids, impossible ranges,
 * blank texts, project rules or templates that point at nothing, step weeks that do not add up to the
 * time to readiness, readiness weights that are not shares of one whole, and a rating scale that is not 0 to 5.
 * Each problem starts with its place in the document, e.g. {@code steps[2].milestones[1].target}.
 */
public final class GuideValidator {

    static final int STEP_COUNT = 7;
    static final int LEVEL_COUNT = 7;
    static final int MAX_RATING = 5;
    /** The span unit each rate period may run over; the same pairs {@link Target#periods} can count. */
    private static final Map<String, DurationUnit> PERIOD_SPANS =
            Map.of("day", DurationUnit.WEEKS, "week", DurationUnit.WEEKS, "month", DurationUnit.MONTHS);
    /** The project statuses a counting rule may name, in the order a project moves through them. */
    static final List<String> PROJECT_STATUSES = List.of("idea", "building", "deployed", "done");
    static final String TEMPLATE_PREFIX = "template.";
    /** How far the weeks of a sequence may stray from the time to readiness, for rounding each step to whole weeks. */
    static final int ROUNDING_WEEKS = 2;

    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> idPlaces = new HashMap<>();

    private GuideValidator() {
    }

    /** Returns every problem found, in document order; empty when the guide is sound. */
    public static List<String> validate(Guide guide) {
        GuideValidator validator = new GuideValidator();
        validator.guide(guide);
        return List.copyOf(validator.problems);
    }

    private void guide(Guide guide) {
        id("id", guide.id());
        text("version", guide.version());
        text("title", guide.title());
        steps(guide.steps());
        levels(guide.levels());
        Set<String> levelIds = new LinkedHashSet<>();
        guide.levels().forEach(level -> levelIds.add(level.id()));
        for (int i = 0; i < guide.skills().size(); i++) {
            skill("skills[" + i + "]", guide.skills().get(i), levelIds);
        }
        Set<String> stepIds = new LinkedHashSet<>();
        guide.steps().forEach(step -> stepIds.add(step.id()));
        for (int i = 0; i < guide.backgrounds().size(); i++) {
            background("backgrounds[" + i + "]", guide.backgrounds().get(i), stepIds);
        }
        facts(guide.facts());
        Set<String> skillIds = new LinkedHashSet<>();
        guide.skills().forEach(skill -> skillIds.add(skill.id()));
        for (int i = 0; i < guide.projectTemplates().size(); i++) {
            template("projectTemplates[" + i + "]", guide.projectTemplates().get(i), stepIds, skillIds);
        }
        technologies(guide.technologies());
        readiness(guide);
        ratingScale(guide.ratingScale());
    }

    private void steps(List<Step> steps) {
        if (steps.size() != STEP_COUNT) {
            problem("steps", "expected exactly " + STEP_COUNT + " steps, found " + steps.size());
        }
        Set<String> stepIds = new LinkedHashSet<>();
        steps.forEach(step -> stepIds.add(step.id()));
        for (int i = 0; i < steps.size(); i++) {
            step("steps[" + i + "]", steps.get(i), i + 1, stepIds);
        }
    }

    private void step(String at, Step step, int expectedNumber, Set<String> stepIds) {
        id(at + ".id", step.id());
        if (step.number() != expectedNumber) {
            problem(at + ".number", "expected " + expectedNumber + " (steps are numbered 1 to " + STEP_COUNT
                    + " in order), found " + step.number());
        }
        text(at + ".title", step.title());
        text(at + ".summary", step.summary());
        text(at + ".whyItMatters", step.whyItMatters());
        range(at + ".duration", step.duration());
        text(at + ".durationBasis", step.durationBasis());
        for (int j = 0; j < step.durationSharedWith().size(); j++) {
            String other = step.durationSharedWith().get(j);
            if (!stepIds.contains(other) || other.equals(step.id())) {
                problem(at + ".durationSharedWith[" + j + "]", "\"" + other + "\" is not the id of another step");
            }
        }
        if (step.milestones().isEmpty()) {
            problem(at + ".milestones", "a step needs at least one milestone");
        }
        for (int j = 0; j < step.milestones().size(); j++) {
            milestone(at + ".milestones[" + j + "]", step.milestones().get(j), step.id(), stepIds);
        }
    }

    private void milestone(String at, Milestone milestone, String stepId, Set<String> stepIds) {
        if (id(at + ".id", milestone.id()) && !isBlank(stepId) && !milestone.id().startsWith(stepId + ".")) {
            problem(at + ".id", "\"" + milestone.id() + "\" must start with its step's id \"" + stepId + ".\"");
        }
        text(at + ".title", milestone.title());
        text(at + ".description", milestone.description());
        milestone.target().ifPresent(target -> target(at + ".target", target));
        milestone.countsProjects().ifPresent(rule -> {
            if (milestone.target().isEmpty()) {
                problem(at + ".countsProjects", "only a counter (a milestone with a target) can count projects");
            }
            projectCount(at + ".countsProjects", rule, stepIds);
        });
        milestone.countsMinutes().ifPresent(rule -> {
            if (milestone.target().isEmpty()) {
                problem(at + ".countsMinutes", "only a counter (a milestone with a target) can count minutes");
            }
            if (milestone.countsProjects().isPresent()) {
                problem(at + ".countsMinutes", "a milestone counts either projects or minutes, not both");
            }
            if (text(at + ".countsMinutes.step", rule.step()) && !stepIds.contains(rule.step())) {
                problem(at + ".countsMinutes.step", "\"" + rule.step() + "\" is not a step id");
            }
        });
    }

    private void projectCount(String at, ProjectCount rule, Set<String> stepIds) {
        if (rule.statuses().isEmpty()) {
            problem(at + ".statuses", "needs at least one of " + String.join(", ", PROJECT_STATUSES));
        }
        for (int i = 0; i < rule.statuses().size(); i++) {
            String status = rule.statuses().get(i);
            if (!PROJECT_STATUSES.contains(status)) {
                problem(at + ".statuses[" + i + "]", "\"" + status + "\" is not one of "
                        + String.join(", ", PROJECT_STATUSES));
            }
        }
        rule.linkedStep().filter(stepId -> !stepIds.contains(stepId)).ifPresent(stepId ->
                problem(at + ".linkedStep", "\"" + stepId + "\" is not a step id"));
    }

    private void template(String at, ProjectTemplate template, Set<String> stepIds, Set<String> skillIds) {
        if (id(at + ".id", template.id()) && !template.id().startsWith(TEMPLATE_PREFIX)) {
            problem(at + ".id", "\"" + template.id() + "\" must start with \"" + TEMPLATE_PREFIX + "\"");
        }
        text(at + ".title", template.title());
        text(at + ".summary", template.summary());
        for (int j = 0; j < template.suggestedSkills().size(); j++) {
            String skillId = template.suggestedSkills().get(j);
            if (!skillIds.contains(skillId)) {
                problem(at + ".suggestedSkills[" + j + "]", "\"" + skillId + "\" is not a skill id");
            }
        }
        for (int j = 0; j < template.suggestedTags().size(); j++) {
            text(at + ".suggestedTags[" + j + "]", template.suggestedTags().get(j));
        }
        for (int j = 0; j < template.steps().size(); j++) {
            String stepId = template.steps().get(j);
            if (!stepIds.contains(stepId)) {
                problem(at + ".steps[" + j + "]", "\"" + stepId + "\" is not a step id");
            }
        }
    }

    /** Technologies are tag suggestions: each one once, ignoring case, so "docker" cannot sit beside "Docker". */
    private void technologies(List<String> technologies) {
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < technologies.size(); i++) {
            String at = "technologies[" + i + "]";
            String name = technologies.get(i);
            if (text(at, name)) {
                String firstPlace = seen.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), at);
                if (firstPlace != null) {
                    problem(at, "\"" + name + "\" is already listed at " + firstPlace);
                }
            }
        }
    }

    /** Weights that are shares of one whole, a threshold on the 0–100 score, and the two counters the parts use. */
    private void readiness(Guide guide) {
        Guide.ReadinessCalibration readiness = guide.readiness();
        if (readiness == null) {
            problem("readiness", "missing");
            return;
        }
        weights(readiness.weights());
        if (readiness.readyThreshold() < 1 || readiness.readyThreshold() > 100) {
            problem("readiness.readyThreshold", "must be between 1 and 100, found " + readiness.readyThreshold());
        }
        readinessCounter(guide, "readiness.portfolioMilestone", readiness.portfolioMilestone(), false);
        readinessCounter(guide, "readiness.practiceMilestone", readiness.practiceMilestone(), true);
    }

    private void weights(ReadinessWeights weights) {
        if (weights == null) {
            problem("readiness.weights", "missing");
            return;
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("roadmap", weights.roadmap());
        shares.put("skills", weights.skills());
        shares.put("portfolio", weights.portfolio());
        shares.put("practice", weights.practice());
        int problemsBefore = problems.size();
        shares.forEach((name, share) -> {
            if (!(share >= 0)) {
                problem("readiness.weights." + name, "must not be negative, found " + share);
            }
        });
        if (problems.size() == problemsBefore && Math.abs(weights.sum() - 1) > ReadinessWeights.SUM_TOLERANCE) {
            BigDecimal sum = BigDecimal.valueOf(weights.sum()).round(MathContext.DECIMAL32).stripTrailingZeros();
            problem("readiness.weights", "the four weights must add up to 1, found " + sum.toPlainString());
        }
    }

    /** The part is measured against the counter's lowest total, so it must have one above zero. */
    private void readinessCounter(Guide guide, String at, String milestoneId, boolean countsMinutes) {
        if (!text(at, milestoneId)) {
            return;
        }
        Milestone milestone = guide.milestone(milestoneId).orElse(null);
        if (milestone == null) {
            problem(at, "\"" + milestoneId + "\" is not a milestone id");
        } else if (countsMinutes && milestone.countsMinutes().isEmpty()) {
            problem(at, "\"" + milestoneId + "\" does not count logged minutes");
        } else if (milestone.target().isEmpty()) {
            problem(at, "\"" + milestoneId + "\" is not a counter (it has no target)");
        } else if (lowestTotal(milestone.target().get()) < 1) {
            problem(at, "the target of \"" + milestoneId + "\" must come to at least 1, found "
                    + lowestTotal(milestone.target().get()));
        }
    }

    /** The target's lowest total, or 1 when its rate is malformed (reported at the milestone already). */
    private static int lowestTotal(Target target) {
        boolean countable = target.per().isEmpty() || target.over().isPresent() && target.over().get().unit() != null
                && target.over().get().unit() == PERIOD_SPANS.get(target.per().get());
        return countable ? target.totalMin() : 1;
    }

    /** Exactly one entry per rating, 0 to {@value #MAX_RATING} in order, each with a title and a meaning. */
    private void ratingScale(List<RatingLevel> scale) {
        if (scale.size() != MAX_RATING + 1) {
            problem("ratingScale", "expected exactly " + (MAX_RATING + 1) + " entries (ratings 0 to " + MAX_RATING
                    + "), found " + scale.size());
        }
        for (int i = 0; i < scale.size(); i++) {
            String at = "ratingScale[" + i + "]";
            RatingLevel level = scale.get(i);
            if (level.rating() != i) {
                problem(at + ".rating", "expected " + i + " (the scale runs 0 to " + MAX_RATING + " in order), found "
                        + level.rating());
            }
            text(at + ".title", level.title());
            text(at + ".meaning", level.meaning());
        }
    }

    private void target(String at, Target target) {
        amounts(at, target.min(), target.max());
        text(at + ".unit", target.unit());
        target.over().ifPresent(over -> range(at + ".over", over));
        if (target.per().isEmpty()) {
            return; // an "over" alone is a deadline window, which is fine
        }
        String per = target.per().get();
        DurationUnit span = PERIOD_SPANS.get(per);
        if (span == null) {
            problem(at + ".per", "\"" + per + "\" is not one of day, week, month");
        } else if (target.over().isEmpty()) {
            problem(at + ".over", "a rate per " + per + " needs an \"over\" span in " + name(span));
        } else if (target.over().get().unit() != null && target.over().get().unit() != span) {
            problem(at + ".over.unit", "a rate per " + per + " must run over " + name(span) + ", found "
                    + name(target.over().get().unit()));
        }
    }

    private void levels(List<Level> levels) {
        if (levels.size() != LEVEL_COUNT) {
            problem("levels", "expected exactly " + LEVEL_COUNT + " levels, found " + levels.size());
        }
        for (int i = 0; i < levels.size(); i++) {
            level("levels[" + i + "]", levels.get(i), i + 1);
        }
    }

    private void level(String at, Level level, int expectedRank) {
        id(at + ".id", level.id());
        if (level.rank() != expectedRank) {
            problem(at + ".rank", "expected " + expectedRank + " (levels are ranked 1 to " + LEVEL_COUNT
                    + " in order), found " + level.rank());
        }
        text(at + ".title", level.title());
        text(at + ".scope", level.scope());
        if (level.focusAreas().isEmpty()) {
            problem(at + ".focusAreas", "a level needs at least one focus area");
        }
        for (int j = 0; j < level.focusAreas().size(); j++) {
            text(at + ".focusAreas[" + j + "]", level.focusAreas().get(j));
        }
        if (level.yearsMin() < 0) {
            problem(at + ".yearsMin", "must not be negative, found " + level.yearsMin());
        }
        level.yearsMax().filter(max -> max < level.yearsMin()).ifPresent(max ->
                problem(at, "yearsMin " + level.yearsMin() + " is greater than yearsMax " + max));
        int median = level.salaryMedianUsd();
        int average = level.salaryAverageUsd();
        // '&' rather than '&&' in these checks: every failing figure gets its own problem line
        if (positive(at + ".salaryMedianUsd", median) & positive(at + ".salaryAverageUsd", average)
                && (average > 2L * median || median > 2L * average)) {
            problem(at, "average salary " + average + " and median " + median + " are too far apart (more than double)");
        }
    }

    private void skill(String at, Skill skill, Set<String> levelIds) {
        id(at + ".id", skill.id());
        if (skill.kind() == null) {
            problem(at + ".kind", "missing (technical or soft)");
        }
        text(at + ".name", skill.name());
        text(at + ".description", skill.description());
        new TreeMap<>(skill.expectedByLevel()).forEach((levelId, rating) -> {
            if (!levelIds.contains(levelId)) {
                problem(at + ".expectedByLevel", "\"" + levelId + "\" is not a level id");
            } else if (rating < 0 || rating > MAX_RATING) {
                problem(at + ".expectedByLevel." + levelId, "rating " + rating + " is outside 0 to " + MAX_RATING);
            }
        });
        levelIds.stream().filter(levelId -> levelId != null && !skill.expectedByLevel().containsKey(levelId))
                .forEach(levelId -> problem(at + ".expectedByLevel", "no rating for " + levelId));
    }

    private void background(String at, Background background, Set<String> stepIds) {
        id(at + ".id", background.id());
        text(at + ".title", background.title());
        text(at + ".description", background.description());
        background.timeToReady().ifPresent(range -> range(at + ".timeToReady", range));
        if (background.hoursPerWeek() < 1 || background.hoursPerWeek() > 168) {
            problem(at + ".hoursPerWeek", "must be between 1 and 168, found " + background.hoursPerWeek());
        }
        stepWeeks(at, background, stepIds);
    }

    /**
     * Every step has its weeks, each within 0 to {@value StepWeeks#MAX_WEEKS}; a step beside another starts
     * with one that is in the sequence; and the sequence adds up to the guide's time to readiness.
     */
    private void stepWeeks(String at, Background background, Set<String> stepIds) {
        Map<String, StepWeeks> weeks = new TreeMap<>(background.stepWeeks());
        int problemsBefore = problems.size();
        stepIds.stream().filter(stepId -> stepId != null && !weeks.containsKey(stepId))
                .forEach(stepId -> problem(at + ".stepWeeks", "no weeks for " + stepId));
        weeks.forEach((stepId, span) -> {
            String place = at + ".stepWeeks." + stepId;
            if (!stepIds.contains(stepId)) {
                problem(at + ".stepWeeks", "\"" + stepId + "\" is not a step id");
                return;
            }
            amounts(place, span.min(), span.max());
            if (span.max() > StepWeeks.MAX_WEEKS) {
                problem(place + ".max", "must be at most " + StepWeeks.MAX_WEEKS + " weeks, found " + span.max());
            }
            span.alongsideFrom().ifPresent(from -> {
                StepWeeks partner = weeks.get(from);
                if (from.equals(stepId) || !stepIds.contains(from)) {
                    problem(place + ".alongsideFrom", "\"" + from + "\" is not the id of another step");
                } else if (partner != null && partner.isAlongside()) {
                    problem(place + ".alongsideFrom", "\"" + from + "\" runs alongside another step itself");
                }
            });
        });
        if (problems.size() == problemsBefore) {
            background.timeToReady().ifPresent(ready -> sequenceFits(at + ".stepWeeks", weeks.values(), ready));
        }
    }

    /** The steps done one after another must add up to the time to readiness, give or take the rounding. */
    private void sequenceFits(String at, Collection<StepWeeks> weeks, DurationRange ready) {
        if (ready.unit() == null || ready.min() > ready.max()) {
            return; // already reported
        }
        int shortest = weeks.stream().filter(w -> !w.isAlongside()).mapToInt(StepWeeks::min).sum();
        int longest = weeks.stream().filter(w -> !w.isAlongside()).mapToInt(StepWeeks::max).sum();
        double low = ready.min() * weeksPer(ready.unit()) - ROUNDING_WEEKS;
        double high = ready.max() * weeksPer(ready.unit()) + ROUNDING_WEEKS;
        if (shortest < low || longest > high) {
            problem(at, "the steps in sequence take " + shortest + " to " + longest + " weeks, but the time to"
                    + " readiness of " + ready.min() + " to " + ready.max() + " " + name(ready.unit()) + " allows "
                    + wholeWeeks(Math.ceil(low)) + " to " + wholeWeeks(Math.floor(high)) + " weeks");
        }
    }

    /** Weeks in one unit of a duration: a month is 52/12 weeks, a year 52. */
    static double weeksPer(DurationUnit unit) {
        return switch (unit) {
            case WEEKS -> 1;
            case MONTHS -> 52.0 / 12;
            case YEARS -> 52;
        };
    }

    private static String wholeWeeks(double weeks) {
        return String.valueOf((long) Math.max(0, weeks));
    }

    private void facts(MarketFacts facts) {
        if (facts == null) {
            problem("facts", "missing");
            return;
        }
        boolean salariesPositive = positive("facts.medianSalaryUsd", facts.medianSalaryUsd())
                & positive("facts.salaryRangeMinUsd", facts.salaryRangeMinUsd())
                & positive("facts.salaryRangeMaxUsd", facts.salaryRangeMaxUsd());
        if (salariesPositive && facts.salaryRangeMinUsd() > facts.salaryRangeMaxUsd()) {
            problem("facts", "salaryRangeMinUsd " + facts.salaryRangeMinUsd() + " is greater than salaryRangeMaxUsd "
                    + facts.salaryRangeMaxUsd());
        } else if (salariesPositive && (facts.medianSalaryUsd() < facts.salaryRangeMinUsd()
                || facts.medianSalaryUsd() > facts.salaryRangeMaxUsd())) {
            problem("facts.medianSalaryUsd", "median " + facts.medianSalaryUsd() + " lies outside the salary range "
                    + facts.salaryRangeMinUsd() + " to " + facts.salaryRangeMaxUsd());
        }
        if (positive("facts.growthFromYear", facts.growthFromYear()) & positive("facts.growthToYear", facts.growthToYear())
                && facts.growthFromYear() > facts.growthToYear()) {
            problem("facts", "growthFromYear " + facts.growthFromYear() + " is after growthToYear " + facts.growthToYear());
        }
        positive("facts.annualOpenings", facts.annualOpenings());
        for (int i = 0; i < facts.educationRoutes().size(); i++) {
            educationRoute("facts.educationRoutes[" + i + "]", facts.educationRoutes().get(i));
        }
        for (int i = 0; i < facts.jobSearch().size(); i++) {
            MarketFacts.JobSearch search = facts.jobSearch().get(i);
            id("facts.jobSearch[" + i + "].id", search.id());
            text("facts.jobSearch[" + i + "].title", search.title());
            range("facts.jobSearch[" + i + "].duration", search.duration());
        }
        for (int i = 0; i < facts.specialisations().size(); i++) {
            MarketFacts.Specialisation specialisation = facts.specialisations().get(i);
            id("facts.specialisations[" + i + "].id", specialisation.id());
            text("facts.specialisations[" + i + "].title", specialisation.title());
            text("facts.specialisations[" + i + "].description", specialisation.description());
        }
    }

    private void educationRoute(String at, MarketFacts.EducationRoute route) {
        id(at + ".id", route.id());
        text(at + ".title", route.title());
        text(at + ".description", route.description());
        route.costUsdMin().ifPresent(cost -> positive(at + ".costUsdMin", cost));
        route.costUsdMax().ifPresent(cost -> positive(at + ".costUsdMax", cost));
        if (route.costUsdMin().isPresent() && route.costUsdMax().isPresent()
                && route.costUsdMin().get() > route.costUsdMax().get()) {
            problem(at, "costUsdMin " + route.costUsdMin().get() + " is greater than costUsdMax " + route.costUsdMax().get());
        }
        route.costPer().ifPresent(per -> text(at + ".costPer", per));
        if (route.costPer().isPresent() && route.costUsdMin().isEmpty() && route.costUsdMax().isEmpty()) {
            problem(at + ".costPer", "is set but there is no cost");
        }
        for (int j = 0; j < route.durations().size(); j++) {
            range(at + ".durations[" + j + "]", route.durations().get(j));
        }
    }

    private void range(String at, DurationRange range) {
        if (range == null) {
            problem(at, "missing");
            return;
        }
        amounts(at, range.min(), range.max());
        if (range.unit() == null) {
            problem(at + ".unit", "missing (weeks, months or years)");
        }
    }

    private void amounts(String at, int min, int max) {
        if (min < 0) {
            problem(at + ".min", "must not be negative, found " + min);
        }
        if (min > max) {
            problem(at, "min " + min + " is greater than max " + max);
        }
    }

    /** Checks an id is present and used nowhere else in the document; true when it is present. */
    private boolean id(String at, String id) {
        if (!text(at, id)) {
            return false;
        }
        String firstPlace = idPlaces.putIfAbsent(id, at);
        if (firstPlace != null) {
            problem(at, "id \"" + id + "\" is already used at " + firstPlace);
        }
        return true;
    }

    private boolean text(String at, String value) {
        if (isBlank(value)) {
            problem(at, value == null ? "missing" : "must not be blank");
            return false;
        }
        return true;
    }

    private boolean positive(String at, int value) {
        if (value <= 0) {
            problem(at, "must be greater than 0, found " + value);
            return false;
        }
        return true;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String name(DurationUnit unit) {
        return unit.name().toLowerCase(Locale.ROOT);
    }

    private void problem(String at, String what) {
        problems.add(at + ": " + what);
    }
}
