package app.stepwise.planning;

/** The weekly study hours a plan may assume; the schema refuses the same range again. */
public final class HoursPerWeek {

    public static final int MIN = 1;
    /** Two full-time jobs' worth: more is a typing slip, not a plan. */
    public static final int MAX = 80;

    private HoursPerWeek() {
    }

    public static boolean valid(int hours) {
        return hours >= MIN && hours <= MAX;
    }
}
