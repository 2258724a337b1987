package io.github.nnbackends.cli.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;

/** {@code nn --plot}: a training run's loss per step, on a log scale. */
public final class LossChart {

    private LossChart() {
    }

    /** The loss curve of {@code losses}, titled {@code title}. */
    public static JFreeChart of(String title, Series losses) {
        return Charts.chart(title, Charts.plot(Charts.stepAxis(), "loss (log scale)", List.of(losses), Charts.Style.LINES), true);
    }
}
