package app.stepwise.ui.log;

import app.stepwise.ui.common.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * A calendar of the last twelve months, one square a day (weeks as columns, Monday at the top), darker
 * the more minutes were studied that day.
 */
final class Heatmap extends GridPane {

    static final int WEEKS = 53;
    private static final double CELL = 13;

    private final Messages messages;

    Heatmap(Messages messages) {
        this.messages = messages;
        getStyleClass().add("heatmap");
        setFocusTraversable(true); // so a screen reader can read the summary
        setHgap(3);
        setVgap(3);
    }

    /** Draws the weeks up to the one holding {@code today}. */
    void show(Map<LocalDate, Integer> minutesByDay, LocalDate today) {
        getChildren().clear();
        LocalDate lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = lastMonday.minusWeeks(WEEKS - 1);
        int studied = 0;
        for (int week = 0; week < WEEKS; week++) {
            LocalDate monday = first.plusWeeks(week);
            if (monday.getDayOfMonth() <= 7) {
                Label month = new Label(monday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                month.getStyleClass().add("heatmap-month");
                month.setMinWidth(Region.USE_PREF_SIZE);
                add(month, week, 0, 3, 1);
            }
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                if (day.isAfter(today)) {
                    continue;
                }
                int minutes = minutesByDay.getOrDefault(day, 0);
                studied += minutes > 0 ? 1 : 0;
                add(cell(day, minutes), week, d + 1);
            }
        }
        setAccessibleText(messages.get("log.heatmap.accessible", studied));
    }

    private Region cell(LocalDate day, int minutes) {
        Region cell = new Region();
        cell.setId("day-" + day);
        cell.setMinSize(CELL, CELL);
        cell.setPrefSize(CELL, CELL);
        cell.getStyleClass().addAll("heatmap-cell", "heat-" + level(minutes));
        String text = messages.get("log.heatmap.day", day.toString(), minutes);
        cell.setAccessibleText(text);
        Tooltip.install(cell, new Tooltip(text));
        return cell;
    }

    /** 0 nothing, 1 under half an hour, 2 under an hour, 3 under two hours, 4 two hours or more. */
    static int level(int minutes) {
        if (minutes <= 0) {
            return 0;
        }
        if (minutes < 30) {
            return 1;
        }
        if (minutes < 60) {
            return 2;
        }
        return minutes < 120 ? 3 : 4;
    }
}
