package app.stepwise.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static app.stepwise.content.DurationUnit.MONTHS;
import static app.stepwise.content.DurationUnit.WEEKS;
import static app.stepwise.content.DurationUnit.YEARS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped content against the guide. Every expected figure here is typed from the guide itself,
 * never read from the JSON, so a slip in either one shows up.
 */
class GuideContentTest {

    private static Guide guide;

    @BeforeAll
    static void loadShippedContent() throws ContentException {
        guide = new GuideLoader().loadBundled();
    }

    @Test
    void shippedContentHasNoValidationProblems() {
        assertThat(GuideValidator.validate(guide)).isEmpty();
        assertThat(guide.id()).isEqualTo("backend-developer");
        assertThat(guide.version()).isEqualTo("1.0.0");
    }

    @Test
    void sevenStepsWithStableIdsInOrder() {
        assertThat(guide.steps()).extracting(Step::id)
                .containsExactly("step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7");
        assertThat(guide.steps()).extracting(Step::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(guide.steps()).allSatisfy(step -> assertThat(step.milestones()).hasSizeBetween(3, 6));
    }

    @ParameterizedTest(name = "{0} lasts {1}-{2} {3}")
    @CsvSource({
            "step-1, 3, 4, MONTHS",
            "step-2, 3, 6, MONTHS",
            "step-3, 2, 3, MONTHS",
            "step-4, 1, 3, MONTHS",
            "step-5, 3, 3, MONTHS",
            "step-6, 4, 8, WEEKS",
            "step-7, 2, 4, MONTHS"})
    void stepDurationsFromTheGuide(String stepId, int min, int max, DurationUnit unit) {
        assertThat(step(stepId).duration()).isEqualTo(new DurationRange(min, max, unit));
    }

    @Test
    void onlyStepTwoSharesItsDurationWithStepOne() {
        assertThat(step("step-2").durationSharedWith()).containsExactly("step-1");
        assertThat(guide.steps()).filteredOn(step -> !step.id().equals("step-2"))
                .allSatisfy(step -> assertThat(step.durationSharedWith()).isEmpty());
    }

    @Test
    void miniProjectsAreFourToSix() {
        assertTarget("step-2.mini-projects", 4, 6, "mini projects", null, null, 4, 6);
    }

    @Test
    void twoLiveProjectsWithinTwoToThreeMonths() {
        assertTarget("step-3.live-projects", 2, 2, "live projects", null, new DurationRange(2, 3, MONTHS), 2, 2);
    }

    @Test
    void portfolioProjectsAreThreeToFive() {
        assertTarget("step-4.portfolio-projects", 3, 5, "portfolio projects", null, null, 3, 5);
    }

    @Test
    void onePullRequestAMonthForThreeMonths() {
        assertTarget("step-5.open-source-prs", 1, 1, "pull requests", "month", new DurationRange(3, 3, MONTHS), 3, 3);
    }

    @Test
    void thirtyToSixtyMinutesADayForFourToEightWeeks() {
        // 30 min x 7 days x 4 weeks = 840; 60 min x 7 days x 8 weeks = 3360
        assertTarget("step-6.algorithm-practice", 30, 60, "minutes", "day", new DurationRange(4, 8, WEEKS), 840, 3360);
    }

    @Test
    void fiveToTenProjectsForStartups() {
        assertTarget("step-7.startup-projects", 5, 10, "projects", null, null, 5, 10);
    }

    @Test
    void exactlyTheGuidesNumberedGoalsAreCounters() {
        List<String> counters = guide.steps().stream().flatMap(step -> step.milestones().stream())
                .filter(Milestone::isCounter).map(Milestone::id).toList();
        assertThat(counters).containsExactly("step-2.mini-projects", "step-3.live-projects",
                "step-4.portfolio-projects", "step-5.open-source-prs", "step-6.algorithm-practice",
                "step-7.startup-projects");
    }

    @Test
    void checkboxMilestonesCoverEachStep() {
        assertThat(milestoneIds("step-1")).contains("step-1.one-language", "step-1.data-structures",
                "step-1.algorithms", "step-1.http-fundamentals");
        assertThat(milestoneIds("step-2")).contains("step-2.relational-db", "step-2.nosql-db", "step-2.sql-practice");
        assertThat(milestoneIds("step-3")).contains("step-3.api-endpoints", "step-3.docker", "step-3.cloud-deploy");
        assertThat(milestoneIds("step-4")).contains("step-4.readme", "step-4.live-demo", "step-4.tests-ci",
                "step-4.role-decisions");
        assertThat(milestoneIds("step-5")).contains("step-5.join-communities", "step-5.find-mentor");
        assertThat(milestoneIds("step-6")).contains("step-6.system-design", "step-6.mock-interviews");
        assertThat(milestoneIds("step-7")).contains("step-7.tailored-applications", "step-7.negotiation",
                "step-7.first-90-days");
    }

    @ParameterizedTest(name = "{0} counts deployed and done projects; live link {1}, linked step {2}")
    @CsvSource({
            "step-2.mini-projects,      false, step-2",
            "step-3.live-projects,      true,",
            "step-4.portfolio-projects, false,",
            "step-7.startup-projects,   false,"})
    void projectCountersAreFedByThePortfolio(String milestoneId, boolean requiresLiveLink, String linkedStep) {
        Milestone milestone = guide.milestone(milestoneId).orElseThrow();
        assertThat(milestone.isCounter()).isTrue();
        assertThat(milestone.countsProjects()).contains(
                new ProjectCount(List.of("deployed", "done"), requiresLiveLink, Optional.ofNullable(linkedStep)));
    }

    @Test
    void onlyTheFourProjectCountersCountProjects() {
        List<String> counting = guide.steps().stream().flatMap(step -> step.milestones().stream())
                .filter(milestone -> milestone.countsProjects().isPresent()).map(Milestone::id).toList();
        assertThat(counting).containsExactly("step-2.mini-projects", "step-3.live-projects",
                "step-4.portfolio-projects", "step-7.startup-projects");
    }

    @ParameterizedTest(name = "{0} belongs to {1}")
    @CsvSource(delimiter = '|', value = {
            "template.task-api           | step-3 step-4",
            "template.analytics-pipeline | step-4",
            "template.ecommerce-backend  | step-3 step-4"})
    void theGuidesThreePortfolioExamplesAreTemplates(String templateId, String steps) {
        ProjectTemplate template = template(templateId);
        assertThat(template.steps()).containsExactly(steps.split(" "));
        assertThat(template.title()).isNotBlank();
        assertThat(template.summary()).isNotBlank();
        assertThat(template.suggestedSkills()).hasSizeBetween(3, 5).doesNotHaveDuplicates()
                .allSatisfy(skillId -> assertThat(guide.skill(skillId)).as(skillId).isPresent());
        assertThat(template.suggestedTags()).hasSizeBetween(3, 5).doesNotHaveDuplicates();
    }

    @Test
    void exactlyThreeTemplatesInTheGuidesOrder() {
        assertThat(guide.projectTemplates()).extracting(ProjectTemplate::id).containsExactly(
                "template.task-api", "template.analytics-pipeline", "template.ecommerce-backend");
    }

    @Test
    void templatesShowWhatTheirNameSays() {
        assertThat(template("template.task-api").suggestedSkills()).contains("skill.security", "skill.api-design");
        assertThat(template("template.analytics-pipeline").suggestedSkills()).contains("skill.messaging");
        assertThat(template("template.ecommerce-backend").suggestedSkills()).contains("skill.sql");
    }

    @Test
    void technologiesTheGuideNames() {
        assertThat(guide.technologies()).contains("PostgreSQL", "Docker", "Kafka", "Java", "Python", "Node.js",
                "Go", "C#", "MongoDB", "Redis", "Kubernetes", "RabbitMQ", "AWS", "GCP", "Azure", "GitHub Actions",
                "Prometheus", "Grafana", "JUnit", "pytest");
        assertThat(guide.technologies().stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void everySuggestedTagIsAKnownTechnology() {
        assertThat(guide.projectTemplates()).allSatisfy(template ->
                assertThat(guide.technologies()).as(template.id()).containsAll(template.suggestedTags()));
    }

    @ParameterizedTest(name = "{0}: {3}-{4} years, median {5}, average {6}")
    @CsvSource({
            "level.junior,    1, Junior Backend Developer,    0,  2,  75000,  80000",
            "level.backend,   2, Backend Developer,           1,  3,  90000,  95000",
            "level.mid,       3, Mid-level Backend Developer, 3,  5, 115000, 120000",
            "level.senior,    4, Senior Backend Developer,    5,  8, 145000, 150000",
            "level.lead,      5, Lead Backend Developer,      7, 12, 165000, 175000",
            "level.principal, 6, Principal Backend Developer, 10, 15, 195000, 205000",
            "level.architect, 7, Backend Architect,           12,   , 205000, 215000"})
    void levelsFromTheSalaryTableAndCareerPath(String id, int rank, String title, int yearsMin, Integer yearsMax,
                                               int median, int average) {
        Level level = guide.level(id).orElseThrow();
        assertThat(level.rank()).isEqualTo(rank);
        assertThat(level.title()).isEqualTo(title);
        assertThat(level.yearsMin()).isEqualTo(yearsMin);
        assertThat(level.yearsMax()).isEqualTo(Optional.ofNullable(yearsMax));
        assertThat(level.salaryMedianUsd()).isEqualTo(median);
        assertThat(level.salaryAverageUsd()).isEqualTo(average);
        assertThat(level.scope()).isNotBlank();
        assertThat(level.focusAreas()).hasSizeBetween(4, 6);
    }

    @Test
    void levelsInLadderOrder() {
        assertThat(guide.levels()).extracting(Level::id).containsExactly("level.junior", "level.backend",
                "level.mid", "level.senior", "level.lead", "level.principal", "level.architect");
    }

    @Test
    void twelveTechnicalAndEightSoftSkills() {
        assertThat(guide.skills()).filteredOn(skill -> skill.kind() == SkillKind.TECHNICAL).extracting(Skill::id)
                .containsExactly("skill.languages", "skill.api-design", "skill.sql", "skill.nosql", "skill.messaging",
                        "skill.containers", "skill.cloud", "skill.ci-cd", "skill.performance", "skill.security",
                        "skill.testing", "skill.observability");
        assertThat(guide.skills()).filteredOn(skill -> skill.kind() == SkillKind.SOFT).extracting(Skill::id)
                .containsExactly("skill.system-design-communication", "skill.ownership", "skill.api-consumer-empathy",
                        "skill.debugging-under-pressure", "skill.code-review-mentoring", "skill.prioritisation",
                        "skill.design-for-observability", "skill.cross-team-collaboration");
    }

    @Test
    void calibrationRisesUpTheLadder() {
        List<String> ladder = guide.levels().stream().map(Level::id).toList();
        for (Skill skill : guide.skills()) {
            List<Integer> ratings = ladder.stream().map(skill.expectedByLevel()::get).toList();
            assertThat(ratings).as(skill.id()).doesNotContainNull().isSorted();
            assertThat(ratings.get(0)).as(skill.id() + " junior").isBetween(1, 2);
            assertThat(ratings.get(6)).as(skill.id() + " architect").isBetween(4, 5);
        }
    }

    @Test
    void softSkillsGrowFasterFromLeadUp() {
        assertThat(meanRise(SkillKind.SOFT, "level.senior", "level.lead"))
                .isGreaterThan(meanRise(SkillKind.TECHNICAL, "level.senior", "level.lead"));
    }

    @ParameterizedTest(name = "{0}: {1}-{2} {3} at {4} h/week")
    @CsvSource({
            "background.from-scratch,       6, 12, MONTHS, 15",
            "background.career-changer,     3,  9, MONTHS, 15",
            "background.no-tech,           12, 24, MONTHS, 15",
            "background.bootcamp-full-time, 12, 24, WEEKS,  40",
            "background.bootcamp-part-time,  6, 12, MONTHS, 20"})
    void backgroundsWithTheGuidesTimeToReadiness(String id, int min, int max, DurationUnit unit, int hours) {
        Background background = background(id);
        assertThat(background.timeToReady()).contains(new DurationRange(min, max, unit));
        assertThat(background.hoursPerWeek()).isEqualTo(hours);
    }

    @Test
    void algorithmPracticeCountsTheMinutesLoggedOnStepSix() {
        Milestone practice = guide.milestone("step-6.algorithm-practice").orElseThrow();
        assertThat(practice.countsMinutes()).contains(new MinutesCount("step-6"));
        assertThat(practice.countsProjects()).isEmpty();
        List<String> counting = guide.steps().stream().flatMap(step -> step.milestones().stream())
                .filter(milestone -> milestone.countsMinutes().isPresent()).map(Milestone::id).toList();
        assertThat(counting).containsExactly("step-6.algorithm-practice");
    }

    /** The figures of docs/timeline.md, typed from its tables: weeks per step at the background's own hours. */
    @ParameterizedTest(name = "{0}: {1} | {2} | {3} | {4} | {5} | {6}; sequence {7}-{8} weeks")
    @CsvSource({
            "background.from-scratch,       6-12, 3-6,  6-9,   3-9,  3-5,  6-12, 27,  53",
            "background.career-changer,     3-9,  1-4,  3-7,   1-7,  1-4,  3-9,  12,  40",
            "background.no-tech,            12-23, 6-12, 12-17, 6-17, 5-11, 12-23, 53, 103",
            "background.bootcamp-full-time, 3-5,  1-3,  3-4,   1-4,  1-2,  3-5,  12,  23",
            "background.bootcamp-part-time, 6-12, 3-6,  6-9,   3-9,  3-5,  6-12, 27,  53",
            "background.cs-graduate,        1-3,  1-2,  6-9,   3-9,  3-5,  6-12, 20,  40"})
    void stepWeeksPerBackground(String id, String step1, String step2, String step3, String step4, String step6,
                                String step7, int shortest, int longest) {
        Background background = background(id);
        String[] spans = {step1, step2, step3, step4, null, step6, step7};
        for (int i = 0; i < spans.length; i++) {
            String stepId = "step-" + (i + 1);
            StepWeeks weeks = background.weeks(stepId).orElseThrow();
            if (spans[i] == null) {
                // one pull request a month for three months, beside the steps from step 3 on
                assertThat(weeks).as(id + " " + stepId).isEqualTo(new StepWeeks(13, 13, Optional.of("step-3")));
            } else {
                String[] range = spans[i].split("-");
                assertThat(weeks).as(id + " " + stepId)
                        .isEqualTo(new StepWeeks(Integer.parseInt(range[0]), Integer.parseInt(range[1])));
            }
        }
        assertThat(background.stepWeeks()).hasSize(7);
        List<StepWeeks> sequence = background.stepWeeks().values().stream().filter(w -> !w.isAlongside()).toList();
        assertThat(sequence.stream().mapToInt(StepWeeks::min).sum()).isEqualTo(shortest);
        assertThat(sequence.stream().mapToInt(StepWeeks::max).sum()).isEqualTo(longest);
    }

    @Test
    void studyHoursRiseFromTheCareerChangerToNoTechBackground() {
        // hours over the whole sequence at the background's own weekly hours, mid-points of the ranges:
        // career changer 26 weeks x 15 = 390; CS graduate 30 x 15 = 450; full-time bootcamp 17.5 x 40 = 700;
        // from scratch 40 x 15 = 600; part-time bootcamp 40 x 20 = 800; no tech background 78 x 15 = 1170
        assertThat(midpointHours("background.career-changer")).isEqualTo(390);
        assertThat(midpointHours("background.cs-graduate")).isEqualTo(450);
        assertThat(midpointHours("background.from-scratch")).isEqualTo(600);
        assertThat(midpointHours("background.bootcamp-full-time")).isEqualTo(700);
        assertThat(midpointHours("background.bootcamp-part-time")).isEqualTo(800);
        assertThat(midpointHours("background.no-tech")).isEqualTo(1170);
    }

    @Test
    void computerScienceGraduateHasNoReadinessFigure() {
        assertThat(background("background.cs-graduate").timeToReady()).isEmpty();
        assertThat(guide.backgrounds()).hasSize(6);
    }

    @Test
    void marketFacts() {
        MarketFacts facts = guide.facts();
        assertThat(facts.medianSalaryUsd()).isEqualTo(121_000);
        assertThat(facts.salaryRangeMinUsd()).isEqualTo(70_000);
        assertThat(facts.salaryRangeMaxUsd()).isEqualTo(170_000);
        assertThat(facts.salaryRangeOpenEnded()).isTrue();
        assertThat(facts.growthPercent()).isEqualTo(22);
        assertThat(facts.growthFromYear()).isEqualTo(2022);
        assertThat(facts.growthToYear()).isEqualTo(2032);
        assertThat(facts.annualOpenings()).isEqualTo(216_000);
    }

    @Test
    void educationRoutesAndTheirCosts() {
        var degree = route("education.cs-degree");
        assertThat(degree.costUsdMin()).contains(20_000);
        assertThat(degree.costUsdMax()).contains(70_000);
        assertThat(degree.costPer()).contains("year");
        assertThat(degree.durations()).containsExactly(new DurationRange(4, 4, YEARS));

        var bootcamp = route("education.bootcamp");
        assertThat(bootcamp.costUsdMin()).contains(8_000);
        assertThat(bootcamp.costUsdMax()).contains(20_000);
        assertThat(bootcamp.costPer()).contains("programme");
        assertThat(bootcamp.durations())
                .containsExactly(new DurationRange(12, 24, WEEKS), new DurationRange(6, 12, MONTHS));

        var selfStudy = route("education.self-study");
        assertThat(selfStudy.costUsdMin()).isEmpty();
        assertThat(selfStudy.costUsdMax()).isEmpty();
        assertThat(selfStudy.durations()).containsExactly(new DurationRange(6, 18, MONTHS));

        var masters = route("education.masters");
        assertThat(masters.costUsdMin()).isEmpty();
        assertThat(masters.costPer()).isEmpty();
        assertThat(masters.durations()).isEmpty();
    }

    @Test
    void jobSearchLengths() {
        assertThat(guide.facts().jobSearch()).extracting(MarketFacts.JobSearch::id, MarketFacts.JobSearch::duration)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("job-search.junior", new DurationRange(2, 4, MONTHS)),
                        org.assertj.core.groups.Tuple.tuple("job-search.senior", new DurationRange(3, 6, MONTHS)));
    }

    @Test
    void fiveEmergingSpecialisations() {
        assertThat(guide.facts().specialisations()).extracting(MarketFacts.Specialisation::id).containsExactly(
                "specialisation.edge-backend", "specialisation.serverless-graphql", "specialisation.aiops",
                "specialisation.privacy-first", "specialisation.data-mesh");
        assertThat(guide.facts().specialisations()).allSatisfy(s -> assertThat(s.description()).isNotBlank());
    }

    private static void assertTarget(String milestoneId, int min, int max, String unit, String per,
                                     DurationRange over, int totalMin, int totalMax) {
        Target target = guide.milestone(milestoneId).orElseThrow().target().orElseThrow();
        assertThat(target.min()).isEqualTo(min);
        assertThat(target.max()).isEqualTo(max);
        assertThat(target.unit()).isEqualTo(unit);
        assertThat(target.per()).isEqualTo(Optional.ofNullable(per));
        assertThat(target.over()).isEqualTo(Optional.ofNullable(over));
        assertThat(target.totalMin()).isEqualTo(totalMin);
        assertThat(target.totalMax()).isEqualTo(totalMax);
    }

    private static double meanRise(SkillKind kind, String fromLevel, String toLevel) {
        return guide.skills().stream().filter(skill -> skill.kind() == kind)
                .collect(Collectors.averagingInt(skill ->
                        skill.expectedByLevel().get(toLevel) - skill.expectedByLevel().get(fromLevel)));
    }

    private static Step step(String id) {
        return guide.step(id).orElseThrow();
    }

    private static List<String> milestoneIds(String stepId) {
        return step(stepId).milestones().stream().map(Milestone::id).toList();
    }

    private static ProjectTemplate template(String id) {
        return guide.projectTemplates().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static double midpointHours(String id) {
        Background background = background(id);
        return background.stepWeeks().values().stream().filter(w -> !w.isAlongside())
                .mapToDouble(w -> (w.min() + w.max()) / 2.0).sum() * background.hoursPerWeek();
    }

    private static Background background(String id) {
        return guide.backgrounds().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    private static MarketFacts.EducationRoute route(String id) {
        return guide.facts().educationRoutes().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
