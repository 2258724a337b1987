package io.github.nnbackends.cli.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;

/** {@code nn bench --sweep --plot}: microseconds per step against size, per backend, both axes on log scales. */
public final class SweepChart {

    private SweepChart() {
    }

    /** @param timings per backend, the swept size as x and the median microseconds per step as y */
    public static JFreeChart of(String title, String sizeLabel, List<Series> timings) {
        XYPlot plot = Charts.plot(Charts.inPowersOfTwo(Charts.logAxis(sizeLabel + " (log scale)")),
                "microseconds per step (log scale)", timings, Charts.Style.LINES_AND_MARKERS);
        Charts.inPowersOfTwo((LogAxis) plot.getRangeAxis());
        return Charts.chart(title, plot, true);
    }
}
