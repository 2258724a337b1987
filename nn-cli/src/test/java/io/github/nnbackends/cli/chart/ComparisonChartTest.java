package io.github.nnbackends.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** {@code nn compare --plot}'s chart: the loss curves above, each backend's difference to the reference below. */
class ComparisonChartTest {

    private static final double[] LOSSES = {0.5, 0.25, 0.125};

    /** Three backends' runs of three steps: commons equals ejml at steps 0 and 2, ojalgo at step 1. */
    private final JFreeChart chart = chart(new double[] {0, 2e-12, 0}, new double[] {3e-16, 0, 1e-13});

    /** ejml the reference, then commons and ojalgo with these relative differences to it, the tolerance 1e-9. */
    private static JFreeChart chart(double[] commons, double[] ojalgo) {
        return ComparisonChart.of("nn compare", List.of(Series.perStep("ejml", LOSSES),
                Series.perStep("commons", LOSSES), Series.perStep("ojalgo", LOSSES)),
                List.of(Series.perStep("commons", commons), Series.perStep("ojalgo", ojalgo)), 1e-9);
    }

    private static XYPlot differences(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(1);
    }

    private XYPlot differences() {
        return differences(chart);
    }

    @Test
    void aStepWhereABackendEqualsTheReferenceIsDrawnWhereTheAxisSaysZeroIs() {
        XYDataset drawn = differences().getDataset();
        assertThat(drawn.getSeriesCount()).isEqualTo(2);
        assertThat(List.of(drawn.getYValue(0, 0), drawn.getYValue(0, 1), drawn.getYValue(0, 2)))
                .containsExactly(1e-17, 2e-12, 1e-17);
        assertThat(List.of(drawn.getYValue(1, 0), drawn.getYValue(1, 1), drawn.getYValue(1, 2)))
                .containsExactly(3e-16, 1e-17, 1e-13);
        assertThat(differences().getRangeAxis().getLabel()).endsWith("(0 drawn at 1E-17)");
        assertThat(differences().getRangeAxis().getRange().contains(1e-17)).isTrue();
    }

    @Test
    void theDifferencesAxisReachesFromZeroToJustAboveTheLargestDifferenceAndTheTolerance() {
        // From half of where 0 is drawn to ten times the larger of the largest difference and the tolerance.
        assertThat(differences().getRangeAxis().getRange()).isEqualTo(new Range(5e-18, 1e-8));
        Range farApart = differences(chart(new double[] {0, 2e-12, 0.5}, new double[] {1e-13, 1e-14, 1e-16}))
                .getRangeAxis().getRange();
        assertThat(farApart).isEqualTo(new Range(5e-18, 5));
    }

    @Test
    void aDifferenceThatIsNotANumberLeavesTheAxisToTheOthers() {
        Range range = differences(chart(new double[] {0, 0.25, Double.NaN},
                new double[] {1e-13, Double.POSITIVE_INFINITY, Double.NaN})).getRangeAxis().getRange();
        assertThat(range).isEqualTo(new Range(5e-18, 2.5));
    }

    @Test
    void differencesAreSmallDotsInTheirBackendsColourOfTheCurves() {
        XYLineAndShapeRenderer dots = (XYLineAndShapeRenderer) differences().getRenderer();
        for (int backend = 0; backend < 2; backend++) {
            assertThat(dots.getItemLineVisible(backend, 0)).isFalse();
            assertThat(dots.getItemShapeVisible(backend, 0)).isTrue();
            assertThat(dots.lookupSeriesShape(backend)).isEqualTo(new Ellipse2D.Double(-1.5, -1.5, 3, 3));
            assertThat(dots.lookupSeriesPaint(backend)).isEqualTo(Charts.color(backend + 1));
        }
    }

    @Test
    void itsTextNamesEachBackendOnceInTheLegend() {
        assertThat(Drawn.texts(Drawn.svg(chart))).extracting(Drawn.Text::text).containsExactly("nn compare",
                "ejml", "commons", "ojalgo", "0", "1", "2", "step", "loss (log scale)",
                "relative difference to ejml (0 drawn at 1E-17)", "tolerance 1E-9");
    }

    @Test
    void theToleranceIsLabelledAboveItsLineAtTheRightEnd() {
        String svg = Drawn.svg(chart);
        Matcher red = Pattern.compile("<line x1='([^']*)' y1='([^']*)' x2='([^']*)' y2='\\2' "
                + "style='[^']*stroke:rgb\\(255,0,0\\)").matcher(svg);
        assertThat(red.find()).as("the tolerance's red line").isTrue();
        double left = Double.parseDouble(red.group(1));
        double height = Double.parseDouble(red.group(2));
        double right = Double.parseDouble(red.group(3));
        Drawn.Text label = Drawn.texts(svg).stream().filter(text -> text.text().equals("tolerance 1E-9"))
                .findFirst().orElseThrow();
        Font font = differences().getRangeMarkers(Layer.FOREGROUND).iterator().next().getLabelFont();
        double width = font.getStringBounds(label.text(), new FontRenderContext(null, false, true)).getWidth();
        assertThat(label.x()).isGreaterThan(left + (right - left) / 2);
        assertThat(label.x() + width).isBetween(right - 10, right);
        assertThat(label.y()).isBetween(height - 10, height);
    }
}
