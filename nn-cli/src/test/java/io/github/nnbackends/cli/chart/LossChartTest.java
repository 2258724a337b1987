package io.github.nnbackends.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** {@code nn --plot}'s chart, and through it what nn's charts share: the step axis, the log-scaled y axis. */
class LossChartTest {

    @Test
    void everyStepWhoseLossALogScaleCanShowIsDrawnTheFirstToo() {
        JFreeChart chart = LossChart.of("nn", Series.perStep("ejml",
                new double[] {0.5, 0, -1, Double.NaN, Double.POSITIVE_INFINITY, 0.25, 0.125}));
        XYDataset drawn = chart.getXYPlot().getDataset();
        assertThat(drawn.getSeriesCount()).isOne();
        assertThat(drawn.getItemCount(0)).isEqualTo(3);
        assertThat(List.of(drawn.getXValue(0, 0), drawn.getXValue(0, 1), drawn.getXValue(0, 2)))
                .containsExactly(0.0, 5.0, 6.0);
        assertThat(List.of(drawn.getYValue(0, 0), drawn.getYValue(0, 1), drawn.getYValue(0, 2)))
                .containsExactly(0.5, 0.25, 0.125);
    }

    @Test
    void itsTextIsTheTitleTheLegendWholeStepsAndTheAxesNames() {
        JFreeChart chart = LossChart.of("nn: loss per step", Series.perStep("commons", new double[] {1, 0.5, 0.2}));
        assertThat(Drawn.texts(Drawn.svg(chart))).extracting(Drawn.Text::text)
                .containsExactly("nn: loss per step", "commons", "0", "1", "2", "step", "loss (log scale)");
    }

    @Test
    void lossesAreLabelledInScientificNotation() {
        JFreeChart chart = LossChart.of("nn", Series.perStep("ejml", new double[] {1, 0.1, 0.01, 0.001}));
        Drawn drawn = Drawn.of(chart);
        List<String> labels = drawn.labels(chart.getXYPlot().getRangeAxis(), drawn.dataArea(), RectangleEdge.LEFT);
        assertThat(labels).contains("1E-3", "1E-2", "1E-1", "1E0")
                .allMatch(label -> label.matches("\\d(\\.\\d)?E-?\\d"));
    }

    @Test
    void aLossThatFallsFarBelowAGoogolIsStillInView() {
        JFreeChart chart = LossChart.of("nn", Series.perStep("ejml", new double[] {1, 1e-100, 1e-200, 1e-250}));
        Drawn.of(chart);
        ValueAxis loss = chart.getXYPlot().getRangeAxis();
        assertThat(loss.getRange().contains(1e-250)).as("%s", loss.getRange()).isTrue();
        assertThat(loss.getRange().contains(1)).as("%s", loss.getRange()).isTrue();
    }
}
