package app.stepwise.content;

/**
 * Makes a counter milestone count the study minutes logged on a step, e.g. the daily algorithm practice
 * of step 6 counts every minute logged on step 6.
 */
public record MinutesCount(String step) {
}
