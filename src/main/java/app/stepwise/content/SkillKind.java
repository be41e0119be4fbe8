package app.stepwise.content;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum SkillKind {
    @JsonProperty("technical") TECHNICAL,
    @JsonProperty("soft") SOFT
}
