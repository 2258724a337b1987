package io.github.nnbackends.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** {@code nn bench --sweep --plot}'s chart: microseconds per step against the sizes swept, both on log scales. */
class SweepChartTest {

    private static final double[] SIZES = {100, 400, 1600, 6400};

    private static JFreeChart chart(double... micros) {
        return SweepChart.of("nn bench --sweep samples", "samples", SIZES, List.of(new Series("ejml", SIZES, micros)));
    }

    private static List<String> timeLabels(JFreeChart chart) {
        Drawn drawn = Drawn.of(chart);
        return drawn.labels(chart.getXYPlot().getRangeAxis(), drawn.dataArea(), RectangleEdge.LEFT);
    }

    @Test
    void theSizesSweptSpanAllButATwelfthOfTheWidthOnEachSide() {
        JFreeChart chart = chart(10, 20, 40, 80);
        Drawn drawn = Drawn.of(chart);
        Rectangle2D area = drawn.dataArea();
        ValueAxis sizes = chart.getXYPlot().getDomainAxis();
        assertThat(drawn.labels(sizes, area, RectangleEdge.BOTTOM)).containsExactly("100", "400", "1,600", "6,400");
        double twelfth = area.getWidth() / 12;
        assertThat(sizes.valueToJava2D(100, area, RectangleEdge.BOTTOM)).isCloseTo(area.getMinX() + twelfth,
                within(1e-9));
        assertThat(sizes.valueToJava2D(6400, area, RectangleEdge.BOTTOM)).isCloseTo(area.getMaxX() - twelfth,
                within(1e-9));
        // Evenly on a log scale: each size four times the last, a third of the ten twelfths between them.
        assertThat(sizes.valueToJava2D(400, area, RectangleEdge.BOTTOM)).isCloseTo(
                area.getMinX() + twelfth + 10 * twelfth / 3, within(1e-9));
    }

    @Test
    void timesSpanningDecadesAreLabelledOncePerDecadeInPlainNumbers() {
        assertThat(timeLabels(chart(10, 100, 1000, 10_000))).containsExactly("10", "100", "1,000", "10,000");
        assertThat(timeLabels(chart(100, 200, 400, 1000))).containsExactly("100", "1,000");
        assertThat(timeLabels(chart(120, 200, 500, 1100))).as("one power of ten inside: the axis's own labels")
                .hasSizeGreaterThan(1);
    }

    @Test
    void timesWithinADecadeAreLabelledBetweenInPlainNumbers() {
        List<String> labels = timeLabels(chart(100, 120, 200, 300));
        assertThat(labels).hasSizeGreaterThan(5).contains("100", "199.53", "251.19")
                .allMatch(label -> label.matches("\\d+(\\.\\d\\d?)?"));
    }
}
