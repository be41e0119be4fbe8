package app.stepwise.ui.common;

import app.stepwise.content.DurationRange;
import app.stepwise.content.Level;
import app.stepwise.content.Target;
import java.text.NumberFormat;
import java.util.Locale;

/** Turns the guide's figures into the short phrases the views show ("3–4 months", "$75,000", "12+ years"). */
public final class Formats {

    private final Messages messages;
    private final NumberFormat usd = NumberFormat.getCurrencyInstance(Locale.US);
    private final NumberFormat whole = NumberFormat.getIntegerInstance(Locale.US);

    public Formats(Messages messages) {
        this.messages = messages;
        usd.setMaximumFractionDigits(0);
    }

    public String duration(DurationRange range) {
        String unit = messages.get("unit." + range.unit().name().toLowerCase(Locale.ROOT));
        return range.min() == range.max()
                ? messages.get("format.amount", range.min(), unit)
                : messages.get("format.range", range.min(), range.max(), unit);
    }

    public String years(Level level) {
        return level.yearsMax()
                .map(max -> messages.get("format.years.range", level.yearsMin(), max))
                .orElseGet(() -> messages.get("format.years.open", level.yearsMin()));
    }

    public String usd(int amount) {
        return usd.format(amount);
    }

    public String number(long amount) {
        return whole.format(amount);
    }

    /** The goal as the guide states it: "4–6 mini projects", "30–60 minutes per day for 4–8 weeks". */
    public String target(Target target) {
        String amount = target.min() == target.max()
                ? messages.get("format.amount", number(target.min()), target.unit())
                : messages.get("format.range", number(target.min()), number(target.max()), target.unit());
        if (target.per().isPresent()) {
            return messages.get("format.rate", amount, target.per().get(), duration(target.over().orElseThrow()));
        }
        return target.over().map(window -> messages.get("format.within", amount, duration(window))).orElse(amount);
    }

    /** Where a counter stands against its goal: "2 of 4–6 mini projects". */
    public String progress(int count, Target target) {
        String goal = target.totalMin() == target.totalMax()
                ? number(target.totalMin())
                : messages.get("format.span", number(target.totalMin()), number(target.totalMax()));
        return messages.get("format.progress", number(count), goal, target.unit());
    }
}
