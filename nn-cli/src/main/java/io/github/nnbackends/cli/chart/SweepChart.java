package io.github.nnbackends.cli.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;

/** {@code nn bench --sweep --plot}: microseconds per step against size, per backend, both axes on log scales. */
public final class SweepChart {

    private SweepChart() {
    }

    /**
     * @param values  the sizes swept, ascending: the x axis's ticks
     * @param timings per backend, the swept size as x and the median microseconds per step as y
     */
    public static JFreeChart of(String title, String sizeLabel, double[] values, List<Series> timings) {
        XYPlot plot = Charts.plot(new ValuesAxis(sizeLabel + " (log scale)", values),
                "microseconds per step (log scale)", timings, Charts.Style.LINES_AND_MARKERS);
        LogAxis micros = Charts.inPlainNumbers((LogAxis) plot.getRangeAxis());
        // A label per decade (10, 100, 1,000) when the axis holds two powers of ten or more; else the axis's own
        // ticks: a single decade's label would leave the times unreadable.
        if (Math.floor(Math.log10(micros.getUpperBound())) - Math.ceil(Math.log10(micros.getLowerBound())) >= 1) {
            micros.setTickUnit(new NumberTickUnit(1));
        }
        return Charts.chart(title, plot, true);
    }
}
