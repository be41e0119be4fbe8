package app.stepwise.store;

/** Position and size of the main window; x and y may be negative on multi-monitor setups. */
public record WindowState(double x, double y, double width, double height, boolean maximized) {

    public boolean isUsable() {
        return Double.isFinite(x) && Double.isFinite(y)
                && Double.isFinite(width) && Double.isFinite(height)
                && width > 0 && height > 0;
    }
}
