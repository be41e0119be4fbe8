package app.stepwise.planning;

import app.stepwise.store.StudySession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The study log as CSV (RFC 4180): header {@code date,minutes,step,milestone,note}, one row per session,
 * oldest first, CRLF after every row. A field holding a comma, a double quote, CR or LF is enclosed in double
 * quotes with its quotes doubled.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @} (or a tab or CR before one) as a formula, and a
 * formula can fetch web addresses or, in older Excel, start programs ("CSV injection"). A note is the user's
 * own text, but a shared or imported log is not, so every such cell gets a leading {@code '}: spreadsheets
 * then show the text as typed, apart from that mark. Steps and milestones are shown by title, or by id when
 * the title is not known (content removed since).
 */
public final class StudyLogCsv {

    public static final String HEADER = "date,minutes,step,milestone,note";
    private static final String CRLF = "\r\n";
    private static final Comparator<StudySession> OLDEST_FIRST = Comparator.comparing(StudySession::day)
            .thenComparing(StudySession::createdAt).thenComparing(StudySession::id);

    private StudyLogCsv() {
    }

    public static String render(List<StudySession> sessions, Map<String, String> stepTitles,
                                Map<String, String> milestoneTitles) {
        List<StudySession> ordered = new ArrayList<>(sessions);
        ordered.sort(OLDEST_FIRST);
        StringBuilder csv = new StringBuilder(HEADER).append(CRLF);
        for (StudySession s : ordered) {
            String milestone = s.milestoneId().map(id -> milestoneTitles.getOrDefault(id, id)).orElse("");
            List<String> cells = List.of(s.day().toString(), Integer.toString(s.minutes()),
                    stepTitles.getOrDefault(s.stepId(), s.stepId()), milestone, s.note());
            for (int i = 0; i < cells.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(field(cells.get(i)));
            }
            csv.append(CRLF);
        }
        return csv.toString();
    }

    static String field(String value) {
        String safe = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0
                || safe.indexOf('\r') >= 0 || safe.indexOf('\n') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
