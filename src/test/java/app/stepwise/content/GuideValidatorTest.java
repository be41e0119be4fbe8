package app.stepwise.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each rule of the loader and validator, shown by breaking the shipped content in one place. */
class GuideValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectNode doc;

    @BeforeEach
    void readShippedContent() throws IOException {
        try (InputStream in = GuideLoader.class.getResourceAsStream(GuideLoader.BUNDLED_RESOURCE)) {
            doc = (ObjectNode) JSON.readTree(in);
        }
    }

    @Test
    void shippedContentLoads() {
        assertThatCode(() -> load(text(doc))).doesNotThrowAnyException();
    }

    // --- counts and order

    @Test
    void rejectsSixSteps() {
        array("/steps").remove(6);
        assertRejected("steps: expected exactly 7 steps, found 6");
    }

    @Test
    void rejectsStepsOutOfOrder() {
        JsonNode first = array("/steps").get(0);
        array("/steps").set(0, array("/steps").get(1));
        array("/steps").set(1, first);
        assertRejected("steps[0].number: expected 1 (steps are numbered 1 to 7 in order), found 2");
    }

    @Test
    void rejectsMissingStepList() {
        doc.remove("steps");
        assertRejected("steps: expected exactly 7 steps, found 0");
    }

    @Test
    void rejectsEightLevels() {
        ObjectNode extra = object("/levels/6").deepCopy().put("id", "level.cto").put("rank", 8);
        array("/levels").add(extra);
        assertRejected("levels: expected exactly 7 levels, found 8");
    }

    @Test
    void rejectsWrongRank() {
        object("/levels/2").put("rank", 9);
        assertRejected("levels[2].rank: expected 3 (levels are ranked 1 to 7 in order), found 9");
    }

    @Test
    void rejectsStepWithoutMilestones() {
        array("/steps/3/milestones").removeAll();
        assertRejected("steps[3].milestones: a step needs at least one milestone");
    }

    // --- ids

    @Test
    void rejectsBlankId() {
        object("/steps/0/milestones/0").put("id", "  ");
        assertRejected("steps[0].milestones[0].id: must not be blank");
    }

    @Test
    void rejectsIdUsedTwiceAnywhereInTheDocument() {
        object("/facts/specialisations/0").put("id", "skill.sql");
        assertRejected("facts.specialisations[0].id: id \"skill.sql\" is already used at skills[2].id");
    }

    @Test
    void rejectsMilestoneIdOutsideItsStep() {
        object("/steps/1/milestones/0").put("id", "step-1.relational-db");
        assertRejected("steps[1].milestones[0].id: \"step-1.relational-db\" must start with its step's id \"step-2.\"");
    }

    @Test
    void rejectsSharedDurationWithUnknownStep() {
        array("/steps/1/durationSharedWith").removeAll().add("step-9");
        assertRejected("steps[1].durationSharedWith[0]: \"step-9\" is not the id of another step");
    }

    @Test
    void rejectsStepSharingDurationWithItself() {
        array("/steps/1/durationSharedWith").removeAll().add("step-2");
        assertRejected("steps[1].durationSharedWith[0]: \"step-2\" is not the id of another step");
    }

    // --- skills

    @Test
    void rejectsRatingForUnknownLevel() {
        object("/skills/0/expectedByLevel").put("level.cto", 5);
        assertRejected("skills[0].expectedByLevel: \"level.cto\" is not a level id");
    }

    @Test
    void rejectsSkillThatDoesNotRateEveryLevel() {
        object("/skills/3/expectedByLevel").remove("level.mid");
        assertRejected("skills[3].expectedByLevel: no rating for level.mid");
    }

    @Test
    void rejectsRatingAboveFive() {
        object("/skills/0/expectedByLevel").put("level.junior", 6);
        assertRejected("skills[0].expectedByLevel.level.junior: rating 6 is outside 0 to 5");
    }

    @Test
    void rejectsNegativeRating() {
        object("/skills/19/expectedByLevel").put("level.lead", -1);
        assertRejected("skills[19].expectedByLevel.level.lead: rating -1 is outside 0 to 5");
    }

    @Test
    void rejectsMissingSkillKind() {
        object("/skills/4").remove("kind");
        assertRejected("skills[4].kind: missing (technical or soft)");
    }

    // --- ranges and targets

    @Test
    void rejectsTargetWithMinAboveMax() {
        object("/steps/1/milestones/3/target").put("min", 7);
        assertRejected("steps[1].milestones[3].target: min 7 is greater than max 6");
    }

    @Test
    void rejectsNegativeDuration() {
        object("/steps/0/duration").put("min", -1);
        assertRejected("steps[0].duration.min: must not be negative, found -1");
    }

    @Test
    void rejectsDurationWithMinAboveMax() {
        object("/backgrounds/2/timeToReady").put("min", 30);
        assertRejected("backgrounds[2].timeToReady: min 30 is greater than max 24");
    }

    @Test
    void rejectsUnknownRatePeriod() {
        object("/steps/5/milestones/0/target").put("per", "hour");
        assertRejected("steps[5].milestones[0].target.per: \"hour\" is not one of day, week, month");
    }

    @Test
    void rejectsDailyRateOverMonths() {
        object("/steps/5/milestones/0/target/over").put("unit", "months");
        assertRejected("steps[5].milestones[0].target.over.unit: a rate per day must run over weeks, found months");
    }

    @Test
    void rejectsMonthlyRateOverWeeks() {
        object("/steps/4/milestones/2/target/over").put("unit", "weeks");
        assertRejected("steps[4].milestones[2].target.over.unit: a rate per month must run over months, found weeks");
    }

    @Test
    void rejectsRateWithoutSpan() {
        object("/steps/4/milestones/2/target").remove("over");
        assertRejected("steps[4].milestones[2].target.over: a rate per month needs an \"over\" span in months");
    }

    @Test
    void acceptsSpanWithoutRateAsADeadline() throws ContentException {
        object("/steps/1/milestones/3/target").putObject("over").put("min", 3).put("max", 6).put("unit", "months");
        Target target = load(text(doc)).milestone("step-2.mini-projects").orElseThrow().target().orElseThrow();
        assertThat(target.per()).isEmpty();
        assertThat(target.totalMin()).isEqualTo(4);
        assertThat(target.totalMax()).isEqualTo(6);
    }

    @Test
    void rejectsTargetWithoutUnit() {
        object("/steps/2/milestones/3/target").remove("unit");
        assertRejected("steps[2].milestones[3].target.unit: missing");
    }

    // --- portfolio project counting rules

    @Test
    void rejectsProjectCountOnACheckbox() {
        object("/steps/0/milestones/0").set("countsProjects", object("/steps/3/milestones/0/countsProjects").deepCopy());
        assertRejected("steps[0].milestones[0].countsProjects: only a counter (a milestone with a target) can count projects");
    }

    @Test
    void rejectsProjectCountWithoutStatuses() {
        array("/steps/3/milestones/0/countsProjects/statuses").removeAll();
        assertRejected("steps[3].milestones[0].countsProjects.statuses: needs at least one of idea, building, deployed, done");
    }

    @Test
    void rejectsProjectCountWithStatusesLeftOut() {
        object("/steps/2/milestones/3/countsProjects").remove("statuses");
        assertRejected("steps[2].milestones[3].countsProjects.statuses: needs at least one of idea, building, deployed, done");
    }

    @Test
    void rejectsUnknownProjectStatus() {
        array("/steps/1/milestones/3/countsProjects/statuses").set(0, "live");
        assertRejected("steps[1].milestones[3].countsProjects.statuses[0]: \"live\" is not one of idea, building, deployed, done");
    }

    @Test
    void projectStatusesAreLowerCase() {
        array("/steps/6/milestones/0/countsProjects/statuses").set(1, "Done");
        assertRejected("steps[6].milestones[0].countsProjects.statuses[1]: \"Done\" is not one of idea, building, deployed, done");
    }

    @Test
    void rejectsProjectCountLinkedToUnknownStep() {
        object("/steps/1/milestones/3/countsProjects").put("linkedStep", "step-9");
        assertRejected("steps[1].milestones[3].countsProjects.linkedStep: \"step-9\" is not a step id");
    }

    @Test
    void acceptsEveryStatusAndAnyStepLink() throws ContentException {
        ObjectNode rule = object("/steps/6/milestones/0/countsProjects");
        rule.putArray("statuses").add("idea").add("building").add("deployed").add("done");
        rule.put("linkedStep", "step-4");
        ProjectCount count = load(text(doc)).milestone("step-7.startup-projects").orElseThrow()
                .countsProjects().orElseThrow();
        assertThat(count.statuses()).containsExactly("idea", "building", "deployed", "done");
        assertThat(count.linkedStep()).contains("step-4");
    }

    @Test
    void rejectsProjectCountWithoutLiveLinkFlag() {
        object("/steps/3/milestones/0/countsProjects").remove("requiresLiveLink");
        assertThat(rejected(text(doc)).getMessage())
                .contains("steps[3].milestones[0].countsProjects.requiresLiveLink: expected true or false");
    }

    @Test
    void rejectsUnknownFieldInProjectCount() {
        object("/steps/3/milestones/0/countsProjects").put("minStars", 3);
        assertThat(rejected(text(doc)).getMessage())
                .contains("steps[3].milestones[0].countsProjects: unknown field \"minStars\"");
    }

    // --- study minutes

    @Test
    void rejectsMinutesCountOnACheckbox() {
        object("/steps/5/milestones/1").putObject("countsMinutes").put("step", "step-6");
        assertRejected("steps[5].milestones[1].countsMinutes: only a counter (a milestone with a target) can count minutes");
    }

    @Test
    void rejectsMinutesCountOnAnUnknownStep() {
        object("/steps/5/milestones/0/countsMinutes").put("step", "step-9");
        assertRejected("steps[5].milestones[0].countsMinutes.step: \"step-9\" is not a step id");
    }

    @Test
    void rejectsMinutesCountOnAMilestoneInsteadOfAStep() {
        object("/steps/5/milestones/0/countsMinutes").put("step", "step-6.algorithm-practice");
        assertRejected("steps[5].milestones[0].countsMinutes.step: \"step-6.algorithm-practice\" is not a step id");
    }

    @Test
    void rejectsMinutesCountWithoutStep() {
        object("/steps/5/milestones/0/countsMinutes").remove("step");
        assertRejected("steps[5].milestones[0].countsMinutes.step: missing");
    }

    @Test
    void rejectsCountingMinutesAndProjectsTogether() {
        object("/steps/1/milestones/3").putObject("countsMinutes").put("step", "step-2");
        assertRejected("steps[1].milestones[3].countsMinutes: a milestone counts either projects or minutes, not both");
    }

    @Test
    void acceptsMinutesOfAnotherStep() throws ContentException {
        object("/steps/5/milestones/0/countsMinutes").put("step", "step-1");
        Milestone practice = load(text(doc)).milestone("step-6.algorithm-practice").orElseThrow();
        assertThat(practice.countsMinutes()).contains(new MinutesCount("step-1"));
        assertThat(practice.isDerived()).isTrue();
    }

    @Test
    void rejectsUnknownFieldInMinutesCount() {
        object("/steps/5/milestones/0/countsMinutes").put("perDay", true);
        assertThat(rejected(text(doc)).getMessage())
                .contains("steps[5].milestones[0].countsMinutes: unknown field \"perDay\"");
    }

    // --- step weeks of a background

    @Test
    void rejectsBackgroundWithoutWeeksForAStep() {
        object("/backgrounds/0/stepWeeks").remove("step-4");
        assertRejected("backgrounds[0].stepWeeks: no weeks for step-4");
    }

    @Test
    void rejectsBackgroundWithoutStepWeeks() {
        object("/backgrounds/3").remove("stepWeeks");
        ContentException e = rejected(text(doc));
        assertThat(e.problems()).containsExactly("backgrounds[3].stepWeeks: no weeks for step-1",
                "backgrounds[3].stepWeeks: no weeks for step-2", "backgrounds[3].stepWeeks: no weeks for step-3",
                "backgrounds[3].stepWeeks: no weeks for step-4", "backgrounds[3].stepWeeks: no weeks for step-5",
                "backgrounds[3].stepWeeks: no weeks for step-6", "backgrounds[3].stepWeeks: no weeks for step-7");
    }

    @Test
    void rejectsWeeksForAnUnknownStep() {
        object("/backgrounds/1/stepWeeks").putObject("step-8").put("min", 1).put("max", 2);
        assertRejected("backgrounds[1].stepWeeks: \"step-8\" is not a step id");
    }

    @Test
    void rejectsNegativeWeeks() {
        object("/backgrounds/0/stepWeeks/step-1").put("min", -1);
        assertRejected("backgrounds[0].stepWeeks.step-1.min: must not be negative, found -1");
    }

    @Test
    void rejectsWeeksWithMinAboveMax() {
        object("/backgrounds/0/stepWeeks/step-3").put("min", 10);
        assertRejected("backgrounds[0].stepWeeks.step-3: min 10 is greater than max 9");
    }

    @Test
    void rejectsMoreThanTwoYearsForOneStep() {
        object("/backgrounds/5/stepWeeks/step-1").put("max", 105);
        assertRejected("backgrounds[5].stepWeeks.step-1.max: must be at most 104 weeks, found 105");
    }

    @Test
    void acceptsZeroToTwoYearsWhenThereIsNoTimeToReadiness() throws ContentException {
        object("/backgrounds/5/stepWeeks/step-1").put("min", 0).put("max", 104);
        Background graduate = load(text(doc)).backgrounds().get(5);
        assertThat(graduate.timeToReady()).isEmpty();
        assertThat(graduate.weeks("step-1")).contains(new StepWeeks(0, 104));
    }

    @Test
    void rejectsAlongsideAnUnknownStep() {
        object("/backgrounds/0/stepWeeks/step-5").put("alongsideFrom", "step-9");
        assertRejected("backgrounds[0].stepWeeks.step-5.alongsideFrom: \"step-9\" is not the id of another step");
    }

    @Test
    void rejectsAlongsideItself() {
        object("/backgrounds/2/stepWeeks/step-5").put("alongsideFrom", "step-5");
        assertRejected("backgrounds[2].stepWeeks.step-5.alongsideFrom: \"step-5\" is not the id of another step");
    }

    @Test
    void rejectsAlongsideAStepThatIsItselfAlongside() {
        object("/backgrounds/5/stepWeeks/step-6").put("alongsideFrom", "step-5");
        assertRejected("backgrounds[5].stepWeeks.step-6.alongsideFrom: \"step-5\" runs alongside another step itself");
    }

    @Test
    void rejectsASequenceLongerThanTheTimeToReadiness() {
        // from scratch: 6-12 months = 26-52 weeks, 24-54 with the rounding; 53 - 12 + 20 = 61 weeks
        object("/backgrounds/0/stepWeeks/step-7").put("max", 20);
        assertRejected("backgrounds[0].stepWeeks: the steps in sequence take 27 to 61 weeks, but the time to "
                + "readiness of 6 to 12 months allows 24 to 54 weeks");
    }

    @Test
    void rejectsASequenceShorterThanTheTimeToReadiness() {
        // career changer: 3-9 months = 13-39 weeks, 11-41 with the rounding; 12 - 3 - 3 = 6 weeks
        object("/backgrounds/1/stepWeeks/step-1").put("min", 0);
        object("/backgrounds/1/stepWeeks/step-3").put("min", 0);
        assertRejected("backgrounds[1].stepWeeks: the steps in sequence take 6 to 40 weeks, but the time to "
                + "readiness of 3 to 9 months allows 11 to 41 weeks");
    }

    @Test
    void allowsTwoWeeksOfRoundingInWeeks() throws ContentException {
        // full-time bootcamp: 12-24 weeks, so 10-26; its steps add up to 12-23, step 7 may grow by 3 but not 4
        object("/backgrounds/3/stepWeeks/step-7").put("max", 8);
        assertThat(load(text(doc)).backgrounds().get(3).weeks("step-7")).contains(new StepWeeks(3, 8));
        object("/backgrounds/3/stepWeeks/step-7").put("max", 9);
        assertRejected("backgrounds[3].stepWeeks: the steps in sequence take 12 to 27 weeks, but the time to "
                + "readiness of 12 to 24 weeks allows 10 to 26 weeks");
    }

    @Test
    void stepsAlongsideDoNotCountTowardsTheSequence() throws ContentException {
        object("/backgrounds/0/stepWeeks/step-5").put("min", 60).put("max", 100);
        assertThat(load(text(doc)).backgrounds().get(0).weeks("step-5"))
                .contains(new StepWeeks(60, 100, java.util.Optional.of("step-3")));
        object("/backgrounds/0/stepWeeks/step-5").remove("alongsideFrom");
        assertRejected("backgrounds[0].stepWeeks: the steps in sequence take 87 to 153 weeks, but the time to "
                + "readiness of 6 to 12 months allows 24 to 54 weeks");
    }

    @Test
    void noSumWithoutATimeToReadiness() throws ContentException {
        object("/backgrounds/5/stepWeeks/step-7").put("min", 100).put("max", 104);
        assertThat(load(text(doc)).backgrounds().get(5).weeks("step-7")).contains(new StepWeeks(100, 104));
    }

    @Test
    void rejectsStepWeeksWithoutMax() {
        object("/backgrounds/0/stepWeeks/step-2").remove("max");
        assertThat(rejected(text(doc)).getMessage())
                .contains("backgrounds[0].stepWeeks.step-2.max: expected a whole number but it is missing or null");
    }

    @Test
    void rejectsNullStepWeeks() {
        object("/backgrounds/0/stepWeeks").putNull("step-2");
        assertThat(rejected(text(doc)).getMessage()).contains("backgrounds[0].stepWeeks.step-2: null is not allowed here");
    }

    @Test
    void rejectsUnknownFieldInStepWeeks() {
        object("/backgrounds/4/stepWeeks/step-6").put("average", 4);
        assertThat(rejected(text(doc)).getMessage())
                .contains("backgrounds[4].stepWeeks.step-6: unknown field \"average\"");
    }

    // --- project templates

    @Test
    void rejectsTemplateIdWithoutPrefix() {
        object("/projectTemplates/0").put("id", "task-api");
        assertRejected("projectTemplates[0].id: \"task-api\" must start with \"template.\"");
    }

    @Test
    void rejectsTemplateIdUsedTwice() {
        object("/projectTemplates/1").put("id", "template.task-api");
        assertRejected("projectTemplates[1].id: id \"template.task-api\" is already used at projectTemplates[0].id");
    }

    @Test
    void rejectsTemplateIdTakenByAnotherKindOfThing() {
        object("/skills/0").put("id", "template.task-api");
        assertRejected("projectTemplates[0].id: id \"template.task-api\" is already used at skills[0].id");
    }

    @Test
    void rejectsBlankTemplateId() {
        object("/projectTemplates/2").put("id", " ");
        assertRejected("projectTemplates[2].id: must not be blank");
    }

    @Test
    void rejectsBlankTemplateTitleAndMissingSummary() {
        object("/projectTemplates/0").put("title", "");
        object("/projectTemplates/0").remove("summary");
        ContentException e = rejected(text(doc));
        assertThat(e.problems()).contains("projectTemplates[0].title: must not be blank",
                "projectTemplates[0].summary: missing");
    }

    @Test
    void rejectsTemplateSuggestingUnknownSkill() {
        array("/projectTemplates/1/suggestedSkills").set(0, "skill.spark");
        assertRejected("projectTemplates[1].suggestedSkills[0]: \"skill.spark\" is not a skill id");
    }

    @Test
    void rejectsTemplateSuggestingAStepIdAsASkill() {
        array("/projectTemplates/1/suggestedSkills").add("step-4");
        assertRejected("projectTemplates[1].suggestedSkills[4]: \"step-4\" is not a skill id");
    }

    @Test
    void rejectsTemplateOnUnknownStep() {
        array("/projectTemplates/0/steps").add("step-8");
        assertRejected("projectTemplates[0].steps[2]: \"step-8\" is not a step id");
    }

    @Test
    void rejectsTemplateOnAMilestoneInsteadOfAStep() {
        array("/projectTemplates/2/steps").set(0, "step-3.live-projects");
        assertRejected("projectTemplates[2].steps[0]: \"step-3.live-projects\" is not a step id");
    }

    @Test
    void rejectsBlankSuggestedTag() {
        array("/projectTemplates/2/suggestedTags").set(1, "  ");
        assertRejected("projectTemplates[2].suggestedTags[1]: must not be blank");
    }

    @Test
    void rejectsNullSuggestedTag() {
        array("/projectTemplates/0/suggestedTags").addNull();
        assertThat(rejected(text(doc)).getMessage())
                .contains("projectTemplates[0].suggestedTags[5]: null is not allowed here");
    }

    // --- technologies

    @Test
    void rejectsBlankTechnology() {
        array("/technologies").set(3, "");
        assertRejected("technologies[3]: must not be blank");
    }

    @Test
    void rejectsTechnologyListedTwiceIgnoringCase() {
        ArrayNode technologies = array("/technologies");
        int docker = indexOf(technologies, "Docker");
        technologies.add(" docker");
        assertRejected("technologies[" + (technologies.size() - 1) + "]: \" docker\" is already listed at technologies["
                + docker + "]");
    }

    @Test
    void rejectsTechnologyListedTwiceExactly() {
        ArrayNode technologies = array("/technologies");
        technologies.insert(0, "Kafka");
        int kafka = indexOf(technologies, "Kafka", 1);
        assertRejected("technologies[" + kafka + "]: \"Kafka\" is already listed at technologies[0]");
    }

    // --- levels and market figures

    @Test
    void rejectsZeroSalary() {
        object("/levels/0").put("salaryMedianUsd", 0);
        assertRejected("levels[0].salaryMedianUsd: must be greater than 0, found 0");
    }

    @Test
    void rejectsAverageFarFromMedian() {
        object("/levels/1").put("salaryAverageUsd", 950_000);
        assertRejected("levels[1]: average salary 950000 and median 90000 are too far apart (more than double)");
    }

    @Test
    void rejectsYearsMinAboveYearsMax() {
        object("/levels/1").put("yearsMin", 5);
        assertRejected("levels[1]: yearsMin 5 is greater than yearsMax 3");
    }

    @Test
    void rejectsNegativeYears() {
        object("/levels/0").put("yearsMin", -2);
        assertRejected("levels[0].yearsMin: must not be negative, found -2");
    }

    @Test
    void rejectsMarketMedianOutsideTheRange() {
        object("/facts").put("medianSalaryUsd", 50_000);
        assertRejected("facts.medianSalaryUsd: median 50000 lies outside the salary range 70000 to 170000");
    }

    @Test
    void rejectsMarketRangeTheWrongWayRound() {
        object("/facts").put("salaryRangeMinUsd", 200_000);
        assertRejected("facts: salaryRangeMinUsd 200000 is greater than salaryRangeMaxUsd 170000");
    }

    @Test
    void rejectsGrowthPeriodTheWrongWayRound() {
        object("/facts").put("growthToYear", 2012);
        assertRejected("facts: growthFromYear 2022 is after growthToYear 2012");
    }

    @Test
    void rejectsCostRangeTheWrongWayRound() {
        object("/facts/educationRoutes/1").put("costUsdMin", 30_000);
        assertRejected("facts.educationRoutes[1]: costUsdMin 30000 is greater than costUsdMax 20000");
    }

    @Test
    void rejectsCostPeriodWithoutCost() {
        object("/facts/educationRoutes/2").put("costPer", "year");
        assertRejected("facts.educationRoutes[2].costPer: is set but there is no cost");
    }

    @Test
    void rejectsImpossibleWeeklyHours() {
        object("/backgrounds/0").put("hoursPerWeek", 0);
        assertRejected("backgrounds[0].hoursPerWeek: must be between 1 and 168, found 0");
    }

    @Test
    void rejectsMissingFacts() {
        doc.remove("facts");
        assertRejected("facts: missing");
    }

    // --- texts

    @Test
    void rejectsBlankSummary() {
        object("/steps/2").put("summary", "");
        assertRejected("steps[2].summary: must not be blank");
    }

    @Test
    void rejectsMissingScope() {
        object("/levels/0").remove("scope");
        assertRejected("levels[0].scope: missing");
    }

    @Test
    void rejectsBlankFocusArea() {
        array("/levels/4/focusAreas").set(1, " ");
        assertRejected("levels[4].focusAreas[1]: must not be blank");
    }

    @Test
    void reportsTheFirstFewOfManyProblems() {
        for (int i = 0; i < 7; i++) {
            object("/steps/" + i).put("title", "");
        }
        ContentException e = rejected(text(doc));
        assertThat(e.problems()).hasSize(7);
        assertThat(e.getMessage()).contains("steps[0].title: must not be blank", "steps[4].title", "and 2 more")
                .doesNotContain("steps[5].title");
    }

    // --- optional fields

    @Test
    void missingOptionalFieldsAreEmpty() throws ContentException {
        object("/levels/6").remove("yearsMax");
        object("/steps/0").remove("durationSharedWith");
        object("/facts/educationRoutes/3").remove("durations");
        object("/steps/1/milestones/3/countsProjects").remove("linkedStep");
        object("/steps/2/milestones/3/countsProjects").putNull("linkedStep");
        doc.remove("projectTemplates");
        doc.remove("technologies");
        Guide guide = load(text(doc));
        assertThat(guide.level("level.architect").orElseThrow().yearsMax()).isEmpty();
        assertThat(guide.step("step-1").orElseThrow().durationSharedWith()).isEmpty();
        assertThat(guide.milestone("step-1.one-language").orElseThrow().target()).isEmpty();
        assertThat(guide.facts().educationRoutes().get(3).durations()).isEmpty();
        assertThat(guide.milestone("step-1.one-language").orElseThrow().countsProjects()).isEmpty();
        assertThat(guide.milestone("step-2.mini-projects").orElseThrow().countsProjects().orElseThrow().linkedStep())
                .isEmpty();
        assertThat(guide.milestone("step-3.live-projects").orElseThrow().countsProjects().orElseThrow().linkedStep())
                .isEmpty();
        assertThat(guide.projectTemplates()).isEmpty();
        assertThat(guide.technologies()).isEmpty();
    }

    // --- JSON syntax and types: the message gives the path and the line

    @Test
    void rejectsMalformedJsonWithItsLine() {
        ContentException e = rejected("{\n  \"id\": \"backend-developer\",\n  \"steps\": [ }\n");
        assertThat(e.getMessage()).contains("steps: the file is not valid JSON", "line 3");
    }

    @Test
    void rejectsTruncatedFile() {
        String json = text(doc);
        ContentException e = rejected(json.substring(0, json.length() / 2));
        assertThat(e.getMessage()).contains("the file is not valid JSON", "Unexpected end-of-input");
    }

    @Test
    void rejectsEmptyFile() {
        assertThat(rejected("").getMessage()).contains("document: the file is empty");
    }

    @Test
    void rejectsNullDocument() {
        assertThat(rejected("null").getMessage()).contains("document: expected an object but found null");
    }

    @Test
    void rejectsDuplicateKey() {
        ContentException e = rejected("{\n  \"id\": \"a\",\n  \"id\": \"b\"\n}");
        assertThat(e.getMessage()).contains("not valid JSON (Duplicate field 'id')", "line 3");
    }

    @Test
    void rejectsUnknownField() {
        object("/steps/0/milestones/1").put("colour", "blue");
        ContentException e = rejected(text(doc));
        assertThat(e.getMessage()).contains("steps[0].milestones[1]: unknown field \"colour\"", "(line ");
    }

    @Test
    void rejectsTextWhereANumberBelongs() {
        object("/steps/0").put("number", "one");
        String json = text(doc);
        ContentException e = rejected(json);
        assertThat(e.getMessage()).contains("steps[0].number: expected a whole number but found text",
                "line " + lineOf(json, "\"one\""));
    }

    @Test
    void rejectsNumberWhereTextBelongs() {
        object("/levels/0").put("title", 5);
        assertThat(rejected(text(doc)).getMessage()).contains("levels[0].title: \"5\" is not text");
    }

    @Test
    void rejectsDecimalWhereAWholeNumberBelongs() {
        object("/steps/1/milestones/3/target").put("max", 5.5);
        assertThat(rejected(text(doc)).getMessage())
                .contains("steps[1].milestones[3].target.max: \"5.5\" is not a whole number");
    }

    @Test
    void rejectsMissingNumber() {
        object("/levels/3").remove("salaryAverageUsd");
        assertThat(rejected(text(doc)).getMessage())
                .contains("levels[3].salaryAverageUsd: expected a whole number but it is missing or null");
    }

    @Test
    void rejectsNullNumber() {
        object("/steps/2/duration").putNull("max");
        assertThat(rejected(text(doc)).getMessage())
                .contains("steps[2].duration.max: expected a whole number but it is missing or null");
    }

    @Test
    void rejectsUnknownDurationUnit() {
        object("/steps/0/duration").put("unit", "fortnights");
        assertThat(rejected(text(doc)).getMessage())
                .contains("steps[0].duration.unit: \"fortnights\" is not one of weeks, months, years");
    }

    @Test
    void rejectsObjectWhereAListBelongs() {
        doc.putObject("levels");
        assertThat(rejected(text(doc)).getMessage()).contains("levels: expected a list but found an object");
    }

    @Test
    void rejectsNullInsideAList() {
        array("/levels/0/focusAreas").addNull();
        assertThat(rejected(text(doc)).getMessage()).contains("levels[0].focusAreas[5]: null is not allowed here");
    }

    // --- helpers

    private void assertRejected(String problem) {
        ContentException e = rejected(text(doc));
        assertThat(e.problems()).contains(problem);
        assertThat(e.getMessage()).contains(problem);
    }

    private static ContentException rejected(String json) {
        ContentException e = catchThrowableOfType(ContentException.class, () -> load(json));
        assertThat(e).as("content should have been rejected").isNotNull();
        return e;
    }

    private static Guide load(String json) throws ContentException {
        return new GuideLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private ObjectNode object(String pointer) {
        return (ObjectNode) doc.at(pointer);
    }

    private ArrayNode array(String pointer) {
        return (ArrayNode) doc.at(pointer);
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(ArrayNode array, String value) {
        return indexOf(array, value, 0);
    }

    private static int indexOf(ArrayNode array, String value, int from) {
        for (int i = from; i < array.size(); i++) {
            if (array.get(i).asText().equals(value)) {
                return i;
            }
        }
        throw new AssertionError(value + " is not in " + array);
    }

    private static int lineOf(String json, String fragment) {
        return (int) json.substring(0, json.indexOf(fragment)).chars().filter(c -> c == '\n').count() + 1;
    }
}
