package app.stepwise.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * A radar (spider) chart: one spoke per axis, rings for each whole value up to {@code max}, and one
 * closed polygon per series. JavaFX has none; this draws plain shapes so CSS can style them.
 */
public final class RadarChart extends Pane {

    /** One polygon: a value per axis, in the order of the axes. */
    public record Series(String name, List<Double> values, String styleClass) {
        public Series {
            values = List.copyOf(values);
        }
    }

    private final int max;
    private List<String> axes = List.of();
    private List<Series> series = List.of();

    public RadarChart(int max) {
        this.max = max;
        getStyleClass().add("radar");
        setMinSize(260, 260);
        setPrefSize(520, 480);
        widthProperty().addListener((obs, old, now) -> draw());
        heightProperty().addListener((obs, old, now) -> draw());
    }

    public void show(List<String> axes, List<Series> series) {
        this.axes = List.copyOf(axes);
        this.series = List.copyOf(series);
        draw();
    }

    public List<Series> series() {
        return series;
    }

    private void draw() {
        getChildren().clear();
        int n = axes.size();
        if (n < 3) {
            return;
        }
        double cx = getWidth() / 2;
        double cy = getHeight() / 2;
        double radius = Math.max(10, Math.min(cx, cy) - 95);
        for (int ring = 1; ring <= max; ring++) {
            double distance = radius * ring / max;
            Polygon grid = polygon(n, i -> distance, cx, cy);
            grid.getStyleClass().add("radar-grid");
            getChildren().add(grid);
        }
        for (int i = 0; i < n; i++) {
            double angle = angle(i, n);
            Line spoke = new Line(cx, cy, cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
            spoke.getStyleClass().add("radar-spoke");
            Label label = new Label(axes.get(i));
            label.getStyleClass().add("radar-label");
            label.setMaxWidth(110);
            label.setWrapText(true);
            double lx = cx + (radius + 14) * Math.cos(angle);
            double ly = cy + (radius + 14) * Math.sin(angle);
            // keep every label inside the chart: left-hand labels end at their spoke but never before x = 0
            label.layoutXProperty().bind(javafx.beans.binding.Bindings.max(0, label.widthProperty()
                    .multiply(Math.cos(angle) < -0.2 ? -1 : Math.cos(angle) > 0.2 ? 0 : -0.5).add(lx)));
            label.layoutYProperty().bind(label.heightProperty().multiply(-0.5).add(ly));
            getChildren().addAll(spoke, label);
        }
        for (Series s : series) {
            Polygon shape = polygon(n, i -> radius * Math.max(0, Math.min(max, s.values().get(i))) / max, cx, cy);
            shape.getStyleClass().addAll("radar-series", s.styleClass());
            getChildren().add(shape);
        }
    }

    private static Polygon polygon(int n, java.util.function.IntToDoubleFunction distance, double cx, double cy) {
        List<Double> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double angle = angle(i, n);
            points.add(cx + distance.applyAsDouble(i) * Math.cos(angle));
            points.add(cy + distance.applyAsDouble(i) * Math.sin(angle));
        }
        Polygon polygon = new Polygon();
        polygon.getPoints().setAll(points);
        return polygon;
    }

    /** Spoke {@code i} of {@code n}, starting at the top and going clockwise. */
    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }
}
