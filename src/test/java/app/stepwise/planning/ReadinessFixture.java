package app.stepwise.planning;

import app.stepwise.content.DurationRange;
import app.stepwise.content.DurationUnit;
import app.stepwise.content.Guide;
import app.stepwise.content.Level;
import app.stepwise.content.MarketFacts;
import app.stepwise.content.Milestone;
import app.stepwise.content.MinutesCount;
import app.stepwise.content.ProjectCount;
import app.stepwise.content.ReadinessWeights;
import app.stepwise.content.Skill;
import app.stepwise.content.SkillKind;
import app.stepwise.content.Step;
import app.stepwise.content.Target;
import app.stepwise.store.MilestoneProgress;
import app.stepwise.store.Project;
import app.stepwise.store.StepStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small guide for readiness tests, so every expectation can be worked out by hand.
 *
 * <pre>
 * s1: s1.a, s1.b (checkboxes), s1.c (counter, 4–6 by hand)
 * s2: s2.a, s2.b
 * s4: s4.portfolio (counter, 3–5 projects deployed or done), s4.readme
 * s6: s6.practice (counter, 30–60 minutes a day for 4–8 weeks = 840 at least, from minutes on s6), s6.mock
 * levels: junior, mid; skills: sk.a (2, 4), sk.b (3, 4), sk.c (0, 2)
 * weights: roadmap 0.25, skills 0.25, portfolio 0.30, practice 0.20; ready at 75
 * </pre>
 */
final class ReadinessFixture {

    static final Guide GUIDE = guide();

    private final Map<String, MilestoneProgress> milestones = new HashMap<>();
    private final Map<String, StepStatus> statuses = new HashMap<>();
    private final Map<String, Integer> ratings = new HashMap<>();
    private final List<Project> projects = new ArrayList<>();
    private String level = "level.junior";
    private int minutes;

    static ReadinessFixture inputs() {
        return new ReadinessFixture();
    }

    ReadinessFixture level(String id) { level = id; return this; }
    ReadinessFixture minutes(int value) { minutes = value; return this; }
    ReadinessFixture rating(String skill, int value) { ratings.put(skill, value); return this; }
    ReadinessFixture status(String step, StepStatus value) { statuses.put(step, value); return this; }
    ReadinessFixture projects(Project... values) { projects.addAll(List.of(values)); return this; }

    ReadinessFixture done(String... milestoneIds) {
        for (String id : milestoneIds) {
            milestones.put(id, new MilestoneProgress(id, stepOf(id), true, 0));
        }
        return this;
    }

    ReadinessFixture count(String milestoneId, int value) {
        milestones.put(milestoneId, new MilestoneProgress(milestoneId, stepOf(milestoneId), false, value));
        return this;
    }

    Readiness.Inputs build() {
        return new Readiness.Inputs(GUIDE, level, milestones, statuses, ratings, projects, minutes);
    }

    private static String stepOf(String milestoneId) {
        return milestoneId.substring(0, milestoneId.indexOf('.'));
    }

    private static Guide guide() {
        Target portfolio = new Target(3, 5, "projects", Optional.empty(), Optional.empty());
        Target practice = new Target(30, 60, "minutes", Optional.of("day"),
                Optional.of(new DurationRange(4, 8, DurationUnit.WEEKS)));
        List<Step> steps = List.of(
                step("s1", 1, checkbox("s1.a"), checkbox("s1.b"),
                        new Milestone("s1.c", "c", "", Optional.of(new Target(4, 6, "things", Optional.empty(),
                                Optional.empty())), Optional.empty(), Optional.empty())),
                step("s2", 2, checkbox("s2.a"), checkbox("s2.b")),
                step("s4", 3, new Milestone("s4.portfolio", "p", "", Optional.of(portfolio),
                        Optional.of(new ProjectCount(List.of("deployed", "done"), false, Optional.empty())),
                        Optional.empty()), checkbox("s4.readme")),
                step("s6", 4, new Milestone("s6.practice", "p", "", Optional.of(practice), Optional.empty(),
                        Optional.of(new MinutesCount("s6"))), checkbox("s6.mock")));
        List<Level> levels = List.of(level("level.junior", 1), level("level.mid", 2));
        List<Skill> skills = List.of(skill("sk.a", 2, 4), skill("sk.b", 3, 4), skill("sk.c", 0, 2));
        MarketFacts facts = new MarketFacts(0, 0, 0, false, 0, 0, 0, 0, List.of(), List.of(), List.of());
        Guide.ReadinessCalibration readiness = new Guide.ReadinessCalibration(
                new ReadinessWeights(0.25, 0.25, 0.30, 0.20), 75, "s4.portfolio", "s6.practice");
        return new Guide("g", "1", "Guide", steps, levels, skills, List.of(), facts, List.of(), List.of(),
                readiness, List.of());
    }

    private static Milestone checkbox(String id) {
        return new Milestone(id, id, "", Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Step step(String id, int number, Milestone... milestones) {
        return new Step(id, number, id, "", "", new DurationRange(1, 2, DurationUnit.MONTHS), List.of(), "",
                List.of(milestones));
    }

    private static Level level(String id, int rank) {
        return new Level(id, rank, id, 0, Optional.empty(), 1, 1, "", List.of("x"));
    }

    private static Skill skill(String id, int junior, int mid) {
        return new Skill(id, SkillKind.TECHNICAL, id, "", Map.of("level.junior", junior, "level.mid", mid));
    }
}
