package io.github.nnbackends.cli.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/** A log axis whose ticks are the values a sweep took, labelled as they were given: 100, 400, 1,600, 6,400. */
final class ValuesAxis extends LogAxis {

    private static final long serialVersionUID = 1L;

    private final double[] values;

    ValuesAxis(String label, double[] values) {
        super(label);
        this.values = values.clone();
        setBase(10);
        // A margin of a tenth of the span on each side, so the first and last points stay clear of the frame.
        double low = values[0];
        double high = values[values.length - 1];
        double margin = Math.pow(high / low, 0.1);
        setRange(low / margin, high * margin);
    }

    @Override
    protected List<ValueTick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.ROOT);
        List<ValueTick> ticks = new ArrayList<>();
        for (double value : values) {
            ticks.add(new NumberTick(value, format.format(value), TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0));
        }
        return ticks;
    }
}
