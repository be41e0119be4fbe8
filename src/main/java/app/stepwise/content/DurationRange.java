package app.stepwise.content;

/** A span from the guide such as "3–4 months" or "12–24 weeks"; {@code min == max} for a single figure. */
public record DurationRange(int min, int max, DurationUnit unit) {
}
