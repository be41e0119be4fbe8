package app.stepwise.planning;

import static app.stepwise.planning.ProjectBuilder.project;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.DurationRange;
import app.stepwise.content.DurationUnit;
import app.stepwise.content.Guide;
import app.stepwise.content.MarketFacts;
import app.stepwise.content.Milestone;
import app.stepwise.content.ProjectCount;
import app.stepwise.content.Step;
import app.stepwise.content.Target;
import app.stepwise.store.Project;
import app.stepwise.store.ProjectStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortfolioCountsTest {

    private static final ProjectCount MINI = new ProjectCount(List.of("deployed", "done"), false, Optional.of("step-2"));
    private static final ProjectCount LIVE = new ProjectCount(List.of("deployed", "done"), true, Optional.empty());
    private static final ProjectCount ANY_STARTED = new ProjectCount(List.of("building", "deployed", "done"), false,
            Optional.empty());

    // a: done, live, step-2   b: deployed, bad live link, step-2 and 3   c: building, live   d: idea, step-2   e: done
    private final List<Project> projects = List.of(
            project("a", "A").status(ProjectStatus.DONE).live("https://a.example.com").steps("step-2").build(),
            project("b", "B").status(ProjectStatus.DEPLOYED).live("javascript:alert(1)").steps("step-2", "step-3").build(),
            project("c", "C").status(ProjectStatus.BUILDING).live("https://c.example.com").build(),
            project("d", "D").status(ProjectStatus.IDEA).steps("step-2").build(),
            project("e", "E").status(ProjectStatus.DONE).build());

    @Test
    void statusesLiveLinksAndTheLinkedStepAllHaveToMatch() {
        assertThat(PortfolioCounts.count(MINI, projects)).isEqualTo(2); // a, b
        assertThat(PortfolioCounts.count(LIVE, projects)).isEqualTo(1); // a; b's link is not a web link, c is building
        assertThat(PortfolioCounts.count(ANY_STARTED, projects)).isEqualTo(4); // a, b, c, e
        assertThat(PortfolioCounts.count(MINI, List.of())).isZero();
    }

    @Test
    void everyMilestoneThatCountsProjectsGetsACountInGuideOrder() {
        Milestone mini = counter("step-2.mini-projects", Optional.of(MINI));
        Milestone sql = new Milestone("step-2.sql", "SQL", "", Optional.empty(), Optional.empty(), Optional.empty());
        Milestone byHand = counter("step-3.prs", Optional.empty());
        Milestone live = counter("step-3.live-projects", Optional.of(LIVE));
        Milestone none = counter("step-7.startups", Optional.of(new ProjectCount(List.of("idea"), true, Optional.empty())));
        Guide guide = guide(step("step-2", mini, sql), step("step-3", byHand, live), step("step-7", none));

        assertThat(PortfolioCounts.byMilestone(guide, projects)).containsExactly(
                Map.entry("step-2.mini-projects", 2),
                Map.entry("step-3.live-projects", 1),
                Map.entry("step-7.startups", 0));
    }

    private static Milestone counter(String id, Optional<ProjectCount> counts) {
        return new Milestone(id, id, "", Optional.of(new Target(2, 4, "projects", Optional.empty(), Optional.empty())), counts, Optional.empty());
    }

    private static Step step(String id, Milestone... milestones) {
        return new Step(id, 1, id, "", "", new DurationRange(1, 2, DurationUnit.MONTHS), List.of(), "", List.of(milestones));
    }

    private static Guide guide(Step... steps) {
        MarketFacts facts = new MarketFacts(0, 0, 0, false, 0, 0, 0, 0, List.of(), List.of(), List.of());
        return new Guide("g", "1", "Guide", List.of(steps), List.of(), List.of(), List.of(), facts, List.of(), List.of(), null, List.of());
    }
}
