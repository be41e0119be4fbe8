package app.stepwise.content;

/**
 * One point of the 0–5 scale on which users rate their skills, with what choosing it claims.
 *
 * @param title   a word or two shown beside the number
 * @param meaning one sentence, second person, saying what someone at this rating can do
 */
public record RatingLevel(int rating, String title, String meaning) {
}
