package app.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.DurationRange;
import app.stepwise.content.DurationUnit;
import app.stepwise.content.Level;
import app.stepwise.content.Target;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats formats = new Formats(Messages.load());

    @Test
    void durationsAndYears() {
        assertThat(formats.duration(new DurationRange(3, 4, DurationUnit.MONTHS))).isEqualTo("3–4 months");
        assertThat(formats.duration(new DurationRange(3, 3, DurationUnit.MONTHS))).isEqualTo("3 months");
        assertThat(formats.years(level(12, Optional.empty()))).isEqualTo("12+ years");
        assertThat(formats.years(level(0, Optional.of(2)))).isEqualTo("0–2 years");
    }

    @Test
    void targetsReadLikeTheGuide() {
        Target miniProjects = new Target(4, 6, "mini projects", Optional.empty(), Optional.empty());
        Target live = new Target(2, 2, "live projects", Optional.empty(),
                Optional.of(new DurationRange(2, 3, DurationUnit.MONTHS)));
        Target practice = new Target(30, 60, "minutes", Optional.of("day"),
                Optional.of(new DurationRange(4, 8, DurationUnit.WEEKS)));
        assertThat(formats.target(miniProjects)).isEqualTo("4–6 mini projects");
        assertThat(formats.target(live)).isEqualTo("2 live projects within 2–3 months");
        assertThat(formats.target(practice)).isEqualTo("30–60 minutes per day for 4–8 weeks");
        assertThat(formats.progress(2, miniProjects)).isEqualTo("2 of 4–6 mini projects");
        assertThat(formats.progress(1, live)).isEqualTo("1 of 2 live projects");
        assertThat(formats.progress(900, practice)).isEqualTo("900 of 840–3,360 minutes");
    }

    @Test
    void money() {
        assertThat(formats.usd(121_000)).isEqualTo("$121,000");
    }

    private static Level level(int min, Optional<Integer> max) {
        return new Level("level.x", 1, "X", min, max, 1, 1, "scope", List.of("focus"));
    }
}
