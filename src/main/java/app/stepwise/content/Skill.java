package app.stepwise.content;

import java.util.Map;

/**
 * A skill area from the guide.
 *
 * @param expectedByLevel the self-rating (0–5) each level id expects; Stepwise's own calibration,
 *                        since the guide describes levels in words, not numbers
 */
public record Skill(String id, SkillKind kind, String name, String description, Map<String, Integer> expectedByLevel) {

    public Skill {
        expectedByLevel = Map.copyOf(expectedByLevel);
    }
}
