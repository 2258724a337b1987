package io.github.nnbackends.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeriesTest {

    /** Losses that differ at every step, so each value drawn tells which step it came from. */
    private static double[] losses(int steps) {
        double[] losses = new double[steps];
        for (int step = 0; step < steps; step++) {
            losses[step] = 1.0 / (step + 1);
        }
        return losses;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 999, Series.MOST_POINTS})
    void aRunOfUpToMostPointsStepsIsDrawnAtEveryStep(int steps) {
        double[] losses = losses(steps);
        Series series = Series.perStep("ejml", losses);
        assertThat(series.name()).isEqualTo("ejml");
        assertThat(series.y()).containsExactly(losses);
        for (int step = 0; step < steps; step++) {
            assertThat(series.x()[step]).isEqualTo(step);
        }
        assertThat(series.x()).hasSize(steps);
    }

    @ParameterizedTest
    @ValueSource(ints = {Series.MOST_POINTS + 1, Series.MOST_POINTS + 2, 10_000, 10_001, 12_345, 1_000_000})
    void aLongerRunIsDrawnAtEvenlySpacedStepsFromTheFirstAndAtItsLast(int steps) {
        double[] losses = losses(steps);
        Series series = Series.perStep("ejml", losses);
        double[] x = series.x();
        int points = x.length;
        assertThat(points).isLessThanOrEqualTo(Series.MOST_POINTS + 1).isGreaterThan(Series.MOST_POINTS / 2);
        assertThat(x[0]).isZero();
        assertThat(x[points - 1]).isEqualTo(steps - 1);
        double spacing = x[1];
        assertThat(spacing).isGreaterThan(1);
        for (int i = 1; i < points - 1; i++) {
            assertThat(x[i] - x[i - 1]).as("between points %d and %d", i - 1, i).isEqualTo(spacing);
        }
        // The last step comes after the evenly spaced ones, at most one spacing later, never twice.
        assertThat(x[points - 1] - x[points - 2]).isPositive().isLessThanOrEqualTo(spacing);
        for (int i = 0; i < points; i++) {
            assertThat(series.y()[i]).as("point %d", i).isEqualTo(losses[(int) x[i]]);
        }
    }

    @Test
    void xAndYOfDifferentLengthsAreRefusedNamingTheSeries() {
        assertThatThrownBy(() -> new Series("nd4j", new double[2], new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("nd4j: 2 x values but 3 y values");
    }
}
