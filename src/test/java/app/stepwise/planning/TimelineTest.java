package app.stepwise.planning;

import app.stepwise.content.ContentException;
import app.stepwise.content.Guide;
import app.stepwise.content.GuideLoader;
import app.stepwise.planning.Timeline.Plan;
import app.stepwise.planning.Timeline.PlannedStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plans for every background, worked out by hand from the step weeks in the content file. In each
 * comment: one week of the background's study at the user's hours is 7 × background hours / user hours
 * days; a step's early, expected and late lengths are min, (min + max) / 2 and max weeks times that,
 * rounded half up. Offsets are days after {@link #START}; every end is exclusive.
 */
class TimelineTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    private static Guide guide;

    @BeforeAll
    static void loadShippedContent() throws ContentException {
        guide = new GuideLoader().loadBundled();
    }

    @Test
    void fromScratchAtTenHours() {
        // 15 h → 10 h: a week is 7 × 15 / 10 = 10.5 days
        // step 1  6–12: 6×10.5 = 63     9×10.5 = 94.5 → 95     12×10.5 = 126
        // step 2  3–6:  3×10.5 = 31.5→32  4.5×10.5 = 47.25 → 47  6×10.5 = 63
        // step 3  6–9:  63               7.5×10.5 = 78.75 → 79  9×10.5 = 94.5 → 95
        // step 4  3–9:  32               6×10.5 = 63            95
        // step 5  13:   13×10.5 = 136.5 → 137 (beside, from step 3)
        // step 6  3–5:  32               4×10.5 = 42            5×10.5 = 52.5 → 53
        // step 7  6–12: 63               95                     126
        // expected: 0+95 = 95, +47 = 142, +79 = 221, +63 = 284, +42 = 326, +95 = 421
        // early:    63, +32 = 95, +63 = 158, +32 = 190, +32 = 222, +63 = 285
        // late:     126, +63 = 189, +95 = 284, +95 = 379, +53 = 432, +126 = 558
        // step 5: expected 142 + 137 = 279; early 95 + 137 = 232; late 189 + 137 = 326 (all before the finish)
        Plan plan = Timeline.plan(guide, "background.from-scratch", START, 10);
        assertStep(plan, "step-1", 0, 95, 63, 126);
        assertStep(plan, "step-2", 95, 142, 95, 189);
        assertStep(plan, "step-3", 142, 221, 158, 284);
        assertStep(plan, "step-4", 221, 284, 190, 379);
        assertAlongside(plan, "step-5", 142, 279, 232, 326);
        assertStep(plan, "step-6", 284, 326, 222, 432);
        assertStep(plan, "step-7", 326, 421, 285, 558);
        assertFinish(plan, 285, 421, 558);
    }

    @Test
    void fromScratchAtFortyHours() {
        // 15 h → 40 h: a week is 7 × 15 / 40 = 2.625 days
        // step 1  6–12: 15.75 → 16   9×2.625 = 23.625 → 24   31.5 → 32
        // step 2  3–6:  7.875 → 8    4.5×2.625 = 11.81 → 12  15.75 → 16
        // step 3  6–9:  16           7.5×2.625 = 19.69 → 20  23.625 → 24
        // step 4  3–9:  8            6×2.625 = 15.75 → 16    24
        // step 5  13:   34.125 → 34
        // step 6  3–5:  8            4×2.625 = 10.5 → 11     13.125 → 13
        // step 7  6–12: 16           24                      32
        // expected: 24, 36, 56, 72, 83, 107; early: 16, 24, 40, 48, 56, 72; late: 32, 48, 72, 96, 109, 141
        // step 5: 36 + 34 = 70; early 24 + 34 = 58; late 48 + 34 = 82
        Plan plan = Timeline.plan(guide, "background.from-scratch", START, 40);
        assertStep(plan, "step-1", 0, 24, 16, 32);
        assertStep(plan, "step-2", 24, 36, 24, 48);
        assertStep(plan, "step-3", 36, 56, 40, 72);
        assertStep(plan, "step-4", 56, 72, 48, 96);
        assertAlongside(plan, "step-5", 36, 70, 58, 82);
        assertStep(plan, "step-6", 72, 83, 56, 109);
        assertStep(plan, "step-7", 83, 107, 72, 141);
        assertFinish(plan, 72, 107, 141);
    }

    @Test
    void careerChangerAtTenHours() {
        // 15 h → 10 h: 10.5 days a week
        // step 1  3–9: 31.5 → 32   6×10.5 = 63             94.5 → 95
        // step 2  1–4: 10.5 → 11   2.5×10.5 = 26.25 → 26   42
        // step 3  3–7: 32          5×10.5 = 52.5 → 53      73.5 → 74
        // step 4  1–7: 11          4×10.5 = 42             74
        // step 5  13:  137
        // step 6  1–4: 11          26                      42
        // step 7  3–9: 32          63                      95
        // expected: 63, 89, 142, 184, 210, 273; early: 32, 43, 75, 86, 97, 129; late: 95, 137, 211, 285, 327, 422
        // step 5: 89 + 137 = 226; early 43 + 137 = 180 → capped at the early finish 129; late 137 + 137 = 274
        Plan plan = Timeline.plan(guide, "background.career-changer", START, 10);
        assertStep(plan, "step-1", 0, 63, 32, 95);
        assertStep(plan, "step-2", 63, 89, 43, 137);
        assertStep(plan, "step-3", 89, 142, 75, 211);
        assertStep(plan, "step-4", 142, 184, 86, 285);
        assertAlongside(plan, "step-5", 89, 226, 129, 274);
        assertStep(plan, "step-6", 184, 210, 97, 327);
        assertStep(plan, "step-7", 210, 273, 129, 422);
        assertFinish(plan, 129, 273, 422);
    }

    @Test
    void careerChangerAtFortyHours() {
        // 15 h → 40 h: 2.625 days a week
        // step 1  3–9: 7.875 → 8   6×2.625 = 15.75 → 16    23.625 → 24
        // step 2  1–4: 2.625 → 3   2.5×2.625 = 6.56 → 7    10.5 → 11
        // step 3  3–7: 8           5×2.625 = 13.125 → 13   18.375 → 18
        // step 4  1–7: 3           4×2.625 = 10.5 → 11     18
        // step 5  13:  34
        // step 6  1–4: 3           7                       11
        // step 7  3–9: 8           16                      24
        // expected: 16, 23, 36, 47, 54, 70; early: 8, 11, 19, 22, 25, 33; late: 24, 35, 53, 71, 82, 106
        // step 5: 23 + 34 = 57; early 11 + 34 = 45 → capped at 33; late 35 + 34 = 69
        Plan plan = Timeline.plan(guide, "background.career-changer", START, 40);
        assertStep(plan, "step-1", 0, 16, 8, 24);
        assertStep(plan, "step-2", 16, 23, 11, 35);
        assertStep(plan, "step-3", 23, 36, 19, 53);
        assertStep(plan, "step-4", 36, 47, 22, 71);
        assertAlongside(plan, "step-5", 23, 57, 33, 69);
        assertStep(plan, "step-6", 47, 54, 25, 82);
        assertStep(plan, "step-7", 54, 70, 33, 106);
        assertFinish(plan, 33, 70, 106);
    }

    @Test
    void noTechBackgroundAtTenHours() {
        // 15 h → 10 h: 10.5 days a week
        // step 1  12–23: 126   17.5×10.5 = 183.75 → 184   23×10.5 = 241.5 → 242
        // step 2  6–12:  63    9×10.5 = 94.5 → 95         126
        // step 3  12–17: 126   14.5×10.5 = 152.25 → 152   17×10.5 = 178.5 → 179
        // step 4  6–17:  63    11.5×10.5 = 120.75 → 121   179
        // step 5  13:    137
        // step 6  5–11:  5×10.5 = 52.5 → 53   8×10.5 = 84   11×10.5 = 115.5 → 116
        // step 7  12–23: 126   184                        242
        // expected: 184, 279, 431, 552, 636, 820; early: 126, 189, 315, 378, 431, 557;
        // late: 242, 368, 547, 726, 842, 1084
        // step 5: 279 + 137 = 416; early 189 + 137 = 326; late 368 + 137 = 505
        Plan plan = Timeline.plan(guide, "background.no-tech", START, 10);
        assertStep(plan, "step-1", 0, 184, 126, 242);
        assertStep(plan, "step-2", 184, 279, 189, 368);
        assertStep(plan, "step-3", 279, 431, 315, 547);
        assertStep(plan, "step-4", 431, 552, 378, 726);
        assertAlongside(plan, "step-5", 279, 416, 326, 505);
        assertStep(plan, "step-6", 552, 636, 431, 842);
        assertStep(plan, "step-7", 636, 820, 557, 1084);
        assertFinish(plan, 557, 820, 1084);
    }

    @Test
    void noTechBackgroundAtFortyHours() {
        // 15 h → 40 h: 2.625 days a week
        // step 1  12–23: 31.5 → 32    17.5×2.625 = 45.94 → 46   60.375 → 60
        // step 2  6–12:  15.75 → 16   9×2.625 = 23.625 → 24     31.5 → 32
        // step 3  12–17: 32           14.5×2.625 = 38.06 → 38   44.625 → 45
        // step 4  6–17:  16           11.5×2.625 = 30.19 → 30   45
        // step 5  13:    34
        // step 6  5–11:  13.125 → 13  8×2.625 = 21              28.875 → 29
        // step 7  12–23: 32           46                        60
        // expected: 46, 70, 108, 138, 159, 205; early: 32, 48, 80, 96, 109, 141; late: 60, 92, 137, 182, 211, 271
        // step 5: 70 + 34 = 104; early 48 + 34 = 82; late 92 + 34 = 126
        Plan plan = Timeline.plan(guide, "background.no-tech", START, 40);
        assertStep(plan, "step-1", 0, 46, 32, 60);
        assertStep(plan, "step-2", 46, 70, 48, 92);
        assertStep(plan, "step-3", 70, 108, 80, 137);
        assertStep(plan, "step-4", 108, 138, 96, 182);
        assertAlongside(plan, "step-5", 70, 104, 82, 126);
        assertStep(plan, "step-6", 138, 159, 109, 211);
        assertStep(plan, "step-7", 159, 205, 141, 271);
        assertFinish(plan, 141, 205, 271);
    }

    @Test
    void fullTimeBootcampAtTenHours() {
        // 40 h → 10 h: a week is 7 × 40 / 10 = 28 days
        // step 1  3–5: 84   4×28 = 112     140
        // step 2  1–3: 28   2×28 = 56      84
        // step 3  3–4: 84   3.5×28 = 98    112
        // step 4  1–4: 28   2.5×28 = 70    112
        // step 5  13:  364
        // step 6  1–2: 28   1.5×28 = 42    56
        // step 7  3–5: 84   112            140
        // expected: 112, 168, 266, 336, 378, 490; early: 84, 112, 196, 224, 252, 336; late: 140, 224, 336, 448, 504, 644
        // step 5: 168 + 364 = 532 → capped at 490; early 112 + 364 = 476 → 336; late 224 + 364 = 588
        Plan plan = Timeline.plan(guide, "background.bootcamp-full-time", START, 10);
        assertStep(plan, "step-1", 0, 112, 84, 140);
        assertStep(plan, "step-2", 112, 168, 112, 224);
        assertStep(plan, "step-3", 168, 266, 196, 336);
        assertStep(plan, "step-4", 266, 336, 224, 448);
        assertAlongside(plan, "step-5", 168, 490, 336, 588);
        assertStep(plan, "step-6", 336, 378, 252, 504);
        assertStep(plan, "step-7", 378, 490, 336, 644);
        assertFinish(plan, 336, 490, 644);
    }

    @Test
    void fullTimeBootcampAtFortyHours() {
        // 40 h → 40 h: a week is 7 days, so lengths are the content's weeks × 7
        // step 1  3–5: 21   28          35
        // step 2  1–3: 7    14          21
        // step 3  3–4: 21   3.5×7 = 24.5 → 25   28
        // step 4  1–4: 7    2.5×7 = 17.5 → 18   28
        // step 5  13:  91
        // step 6  1–2: 7    1.5×7 = 10.5 → 11   14
        // step 7  3–5: 21   28          35
        // expected: 28, 42, 67, 85, 96, 124 (17.7 weeks, inside 12–24); early: 21, 28, 49, 56, 63, 84 (12 weeks);
        // late: 35, 56, 84, 112, 126, 161 (23 weeks)
        // step 5: 42 + 91 = 133 → capped at 124; early 28 + 91 = 119 → 84; late 56 + 91 = 147
        Plan plan = Timeline.plan(guide, "background.bootcamp-full-time", START, 40);
        assertStep(plan, "step-1", 0, 28, 21, 35);
        assertStep(plan, "step-2", 28, 42, 28, 56);
        assertStep(plan, "step-3", 42, 67, 49, 84);
        assertStep(plan, "step-4", 67, 85, 56, 112);
        assertAlongside(plan, "step-5", 42, 124, 84, 147);
        assertStep(plan, "step-6", 85, 96, 63, 126);
        assertStep(plan, "step-7", 96, 124, 84, 161);
        assertFinish(plan, 84, 124, 161);
    }

    @Test
    void partTimeBootcampAtTenHours() {
        // 20 h → 10 h: a week is 7 × 20 / 10 = 14 days
        // step 1  6–12: 84    9×14 = 126     168
        // step 2  3–6:  42    4.5×14 = 63    84
        // step 3  6–9:  84    7.5×14 = 105   126
        // step 4  3–9:  42    6×14 = 84      126
        // step 5  13:   182
        // step 6  3–5:  42    4×14 = 56      70
        // step 7  6–12: 84    126            168
        // expected: 126, 189, 294, 378, 434, 560; early: 84, 126, 210, 252, 294, 378; late: 168, 252, 378, 504, 574, 742
        // step 5: 189 + 182 = 371; early 126 + 182 = 308; late 252 + 182 = 434
        Plan plan = Timeline.plan(guide, "background.bootcamp-part-time", START, 10);
        assertStep(plan, "step-1", 0, 126, 84, 168);
        assertStep(plan, "step-2", 126, 189, 126, 252);
        assertStep(plan, "step-3", 189, 294, 210, 378);
        assertStep(plan, "step-4", 294, 378, 252, 504);
        assertAlongside(plan, "step-5", 189, 371, 308, 434);
        assertStep(plan, "step-6", 378, 434, 294, 574);
        assertStep(plan, "step-7", 434, 560, 378, 742);
        assertFinish(plan, 378, 560, 742);
    }

    @Test
    void partTimeBootcampAtFortyHours() {
        // 20 h → 40 h: a week is 7 × 20 / 40 = 3.5 days
        // step 1  6–12: 21            9×3.5 = 31.5 → 32     42
        // step 2  3–6:  10.5 → 11     4.5×3.5 = 15.75 → 16  21
        // step 3  6–9:  21            7.5×3.5 = 26.25 → 26  31.5 → 32
        // step 4  3–9:  11            6×3.5 = 21            32
        // step 5  13:   45.5 → 46
        // step 6  3–5:  11            4×3.5 = 14            17.5 → 18
        // step 7  6–12: 21            32                    42
        // expected: 32, 48, 74, 95, 109, 141; early: 21, 32, 53, 64, 75, 96; late: 42, 63, 95, 127, 145, 187
        // step 5: 48 + 46 = 94; early 32 + 46 = 78; late 63 + 46 = 109
        Plan plan = Timeline.plan(guide, "background.bootcamp-part-time", START, 40);
        assertStep(plan, "step-1", 0, 32, 21, 42);
        assertStep(plan, "step-2", 32, 48, 32, 63);
        assertStep(plan, "step-3", 48, 74, 53, 95);
        assertStep(plan, "step-4", 74, 95, 64, 127);
        assertAlongside(plan, "step-5", 48, 94, 78, 109);
        assertStep(plan, "step-6", 95, 109, 75, 145);
        assertStep(plan, "step-7", 109, 141, 96, 187);
        assertFinish(plan, 96, 141, 187);
    }

    @Test
    void computerScienceGraduateAtTenHours() {
        // 15 h → 10 h: 10.5 days a week
        // step 1  1–3: 10.5 → 11   2×10.5 = 21             31.5 → 32
        // step 2  1–2: 11          1.5×10.5 = 15.75 → 16   21
        // step 3  6–9: 63          79                      95
        // step 4  3–9: 32          63                      95
        // step 5  13:  137
        // step 6  3–5: 32          42                      53
        // step 7  6–12: 63         95                      126
        // expected: 21, 37, 116, 179, 221, 316; early: 11, 22, 85, 117, 149, 212; late: 32, 53, 148, 243, 296, 422
        // step 5: 37 + 137 = 174; early 22 + 137 = 159; late 53 + 137 = 190
        Plan plan = Timeline.plan(guide, "background.cs-graduate", START, 10);
        assertStep(plan, "step-1", 0, 21, 11, 32);
        assertStep(plan, "step-2", 21, 37, 22, 53);
        assertStep(plan, "step-3", 37, 116, 85, 148);
        assertStep(plan, "step-4", 116, 179, 117, 243);
        assertAlongside(plan, "step-5", 37, 174, 159, 190);
        assertStep(plan, "step-6", 179, 221, 149, 296);
        assertStep(plan, "step-7", 221, 316, 212, 422);
        assertFinish(plan, 212, 316, 422);
    }

    @Test
    void computerScienceGraduateAtFortyHours() {
        // 15 h → 40 h: 2.625 days a week
        // step 1  1–3: 2.625 → 3   2×2.625 = 5.25 → 5      7.875 → 8
        // step 2  1–2: 3           1.5×2.625 = 3.94 → 4    5.25 → 5
        // step 3  6–9: 16          20                      24
        // step 4  3–9: 8           16                      24
        // step 5  13:  34
        // step 6  3–5: 8           11                      13
        // step 7  6–12: 16         24                      32
        // expected: 5, 9, 29, 45, 56, 80; early: 3, 6, 22, 30, 38, 54; late: 8, 13, 37, 61, 74, 106
        // step 5: 9 + 34 = 43; early 6 + 34 = 40; late 13 + 34 = 47
        Plan plan = Timeline.plan(guide, "background.cs-graduate", START, 40);
        assertStep(plan, "step-1", 0, 5, 3, 8);
        assertStep(plan, "step-2", 5, 9, 6, 13);
        assertStep(plan, "step-3", 9, 29, 22, 37);
        assertStep(plan, "step-4", 29, 45, 30, 61);
        assertAlongside(plan, "step-5", 9, 43, 40, 47);
        assertStep(plan, "step-6", 45, 56, 38, 74);
        assertStep(plan, "step-7", 56, 80, 54, 106);
        assertFinish(plan, 54, 80, 106);
    }

    @Test
    void oneHourAWeekStretchesEveryStep() {
        // 15 h → 1 h: a week is 105 days
        // step 1 6–12: 630, 945, 1260; step 2 3–6: 315, 4.5×105 = 472.5 → 473, 630;
        // step 3 6–9: 630, 7.5×105 = 787.5 → 788, 945; step 4 3–9: 315, 630, 945; step 5: 1365;
        // step 6 3–5: 315, 420, 525; step 7 6–12: 630, 945, 1260
        // expected: 945, 1418, 2206, 2836, 3256, 4201 (about eleven and a half years)
        // early: 630, 945, 1575, 1890, 2205, 2835; late: 1260, 1890, 2835, 3780, 4305, 5565
        // step 5: 1418 + 1365 = 2783; early 945 + 1365 = 2310; late 1890 + 1365 = 3255
        Plan plan = Timeline.plan(guide, "background.from-scratch", START, 1);
        assertStep(plan, "step-1", 0, 945, 630, 1260);
        assertStep(plan, "step-2", 945, 1418, 945, 1890);
        assertStep(plan, "step-3", 1418, 2206, 1575, 2835);
        assertStep(plan, "step-4", 2206, 2836, 1890, 3780);
        assertAlongside(plan, "step-5", 1418, 2783, 2310, 3255);
        assertStep(plan, "step-6", 2836, 3256, 2205, 4305);
        assertStep(plan, "step-7", 3256, 4201, 2835, 5565);
        assertFinish(plan, 2835, 4201, 5565);
    }

    @Test
    void eightyHoursAWeekCompressesEveryStep() {
        // 15 h → 80 h: a week is 7 × 15 / 80 = 1.3125 days
        // step 1 6–12: 7.875 → 8, 11.81 → 12, 15.75 → 16; step 2 3–6: 3.94 → 4, 5.91 → 6, 7.875 → 8;
        // step 3 6–9: 8, 9.84 → 10, 11.81 → 12; step 4 3–9: 4, 7.875 → 8, 12; step 5: 17.06 → 17;
        // step 6 3–5: 4, 5.25 → 5, 6.56 → 7; step 7 6–12: 8, 12, 16
        // expected: 12, 18, 28, 36, 41, 53; early: 8, 12, 20, 24, 28, 36; late: 16, 24, 36, 48, 55, 71
        // step 5: 18 + 17 = 35; early 12 + 17 = 29; late 24 + 17 = 41
        Plan plan = Timeline.plan(guide, "background.from-scratch", START, 80);
        assertStep(plan, "step-1", 0, 12, 8, 16);
        assertStep(plan, "step-2", 12, 18, 12, 24);
        assertStep(plan, "step-3", 18, 28, 20, 36);
        assertStep(plan, "step-4", 28, 36, 24, 48);
        assertAlongside(plan, "step-5", 18, 35, 29, 41);
        assertStep(plan, "step-6", 36, 41, 28, 55);
        assertStep(plan, "step-7", 41, 53, 36, 71);
        assertFinish(plan, 36, 53, 71);
    }

    @Test
    void eightyHoursForAFullTimeBootcampHalvesIt() {
        // 40 h → 80 h: 3.5 days a week
        // step 1 3–5: 10.5 → 11, 14, 17.5 → 18; step 2 1–3: 3.5 → 4, 7, 10.5 → 11; step 3 3–4: 11, 12.25 → 12, 14;
        // step 4 1–4: 4, 8.75 → 9, 14; step 5: 45.5 → 46; step 6 1–2: 4, 5.25 → 5, 7; step 7 3–5: 11, 14, 18
        // expected: 14, 21, 33, 42, 47, 61; early: 11, 15, 26, 30, 34, 45; late: 18, 29, 43, 57, 64, 82
        // step 5: 21 + 46 = 67 → capped at 61; early 15 + 46 = 61 → 45; late 29 + 46 = 75
        Plan plan = Timeline.plan(guide, "background.bootcamp-full-time", START, 80);
        assertStep(plan, "step-1", 0, 14, 11, 18);
        assertStep(plan, "step-2", 14, 21, 15, 29);
        assertStep(plan, "step-3", 21, 33, 26, 43);
        assertStep(plan, "step-4", 33, 42, 30, 57);
        assertAlongside(plan, "step-5", 21, 61, 45, 75);
        assertStep(plan, "step-6", 42, 47, 34, 64);
        assertStep(plan, "step-7", 47, 61, 45, 82);
        assertFinish(plan, 45, 61, 82);
    }

    @Test
    void calendarDatesForACareerChangerAtTheirOwnHours() {
        // 15 h → 15 h: 7 days a week. step 1 3–9 weeks: 6 weeks = 42 days, so 2025-01-06 + 42 = 2025-02-17;
        // step 2 1–4: 2.5 × 7 = 17.5 → 18 days → 2025-03-07; ... whole route 183 days → 2025-07-08;
        // early 12 weeks = 84 days → 2025-03-31; late 40 weeks = 280 days → 2025-10-13
        Plan plan = Timeline.plan(guide, "background.career-changer", START, 15);
        PlannedStep first = plan.step("step-1").orElseThrow();
        assertThat(first.start()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(first.end()).isEqualTo(LocalDate.of(2025, 2, 17));
        assertThat(plan.step("step-2").orElseThrow().end()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(plan.expectedFinish()).isEqualTo(LocalDate.of(2025, 7, 8));
        assertThat(plan.earlyFinish()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(plan.lateFinish()).isEqualTo(LocalDate.of(2025, 10, 13));
    }

    @Test
    void aStartFarInThePastGivesTheSamePlanInThePast() {
        // the same career changer at 15 h, from 1 March 1990: lengths do not depend on the date;
        // 1990-03-01 + 183 days = 1990-08-31
        LocalDate longAgo = LocalDate.of(1990, 3, 1);
        Plan plan = Timeline.plan(guide, "background.career-changer", longAgo, 15);
        assertThat(plan.step("step-1").orElseThrow().start()).isEqualTo(longAgo);
        assertThat(plan.step("step-1").orElseThrow().end()).isEqualTo(longAgo.plusDays(42));
        assertThat(plan.expectedFinish()).isEqualTo(LocalDate.of(1990, 8, 31));
        assertThat(plan.earlyFinish()).isEqualTo(longAgo.plusDays(84));
        assertThat(plan.lateFinish()).isEqualTo(longAgo.plusDays(280));
    }

    @Test
    void stepsComeInTheGuidesOrderWithCommunityWorkAlongside() {
        Plan plan = Timeline.plan(guide, "background.no-tech", START, 12);
        assertThat(plan.steps()).extracting(PlannedStep::stepId)
                .containsExactly("step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7");
        assertThat(plan.steps()).extracting(PlannedStep::alongside)
                .containsExactly(false, false, false, false, true, false, false);
        assertThat(plan.step("step-9")).isEmpty();
    }

    @ParameterizedTest(name = "every background at {0} h/week keeps its shape")
    @ValueSource(ints = {1, 2, 3, 7, 10, 15, 20, 33, 40, 55, 79, 80})
    void everyPlanKeepsItsShape(int hours) {
        for (var background : guide.backgrounds()) {
            Plan plan = Timeline.plan(guide, background.id(), START, hours);
            LocalDate previousEnd = START;
            for (PlannedStep step : plan.steps()) {
                assertThat(step.earlyEnd()).as(background.id() + " " + step.stepId()).isBeforeOrEqualTo(step.end());
                assertThat(step.end()).as(background.id() + " " + step.stepId()).isBeforeOrEqualTo(step.lateEnd())
                        .isAfterOrEqualTo(step.start());
                if (step.alongside()) {
                    assertThat(step.start()).isEqualTo(plan.step("step-3").orElseThrow().start());
                    assertThat(step.end()).isBeforeOrEqualTo(plan.expectedFinish());
                    assertThat(step.earlyEnd()).isBeforeOrEqualTo(plan.earlyFinish());
                    assertThat(step.lateEnd()).isBeforeOrEqualTo(plan.lateFinish());
                } else {
                    assertThat(step.start()).as(background.id() + " " + step.stepId()).isEqualTo(previousEnd);
                    previousEnd = step.end();
                }
            }
            assertThat(plan.expectedFinish()).isEqualTo(previousEnd);
            assertThat(plan.step("step-7").orElseThrow().earlyEnd()).isEqualTo(plan.earlyFinish());
            assertThat(plan.step("step-7").orElseThrow().lateEnd()).isEqualTo(plan.lateFinish());
        }
    }

    @ParameterizedTest(name = "{0} h/week is refused")
    @ValueSource(ints = {0, -5, 81, 168})
    void refusesHoursOutsideOneToEighty(int hours) {
        assertThatThrownBy(() -> Timeline.plan(guide, "background.from-scratch", START, hours))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hours per week must be between 1 and 80, found " + hours);
    }

    @Test
    void refusesAnUnknownBackground() {
        assertThatThrownBy(() -> Timeline.plan(guide, "background.astronaut", START, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no background \"background.astronaut\"");
    }

    private static void assertStep(Plan plan, String stepId, int start, int end, int earlyEnd, int lateEnd) {
        PlannedStep step = plan.step(stepId).orElseThrow();
        assertThat(step).isEqualTo(new PlannedStep(stepId, day(start), day(end), day(earlyEnd), day(lateEnd), false));
    }

    private static void assertAlongside(Plan plan, String stepId, int start, int end, int earlyEnd, int lateEnd) {
        PlannedStep step = plan.step(stepId).orElseThrow();
        assertThat(step).isEqualTo(new PlannedStep(stepId, day(start), day(end), day(earlyEnd), day(lateEnd), true));
    }

    private static void assertFinish(Plan plan, int early, int expected, int late) {
        assertThat(plan.earlyFinish()).isEqualTo(day(early));
        assertThat(plan.expectedFinish()).isEqualTo(day(expected));
        assertThat(plan.lateFinish()).isEqualTo(day(late));
    }

    private static LocalDate day(int offset) {
        return START.plusDays(offset);
    }
}
