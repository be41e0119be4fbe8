package app.stepwise.content;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum DurationUnit {
    @JsonProperty("weeks") WEEKS,
    @JsonProperty("months") MONTHS,
    @JsonProperty("years") YEARS
}
