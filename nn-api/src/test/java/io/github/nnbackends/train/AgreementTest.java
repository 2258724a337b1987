package io.github.nnbackends.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void measuresTheDifferenceRelativeToTheLargerMagnitude() {
        assertThat(Agreement.relativeDifference(100, 99)).isEqualTo(0.01);
        assertThat(Agreement.relativeDifference(-2, 2)).isEqualTo(2);
        assertThat(Agreement.relativeDifference(0, 1e-300)).isEqualTo(1);
        assertThat(Agreement.relativeDifference(3.5, 3.5)).isZero();
        assertThat(Agreement.relativeDifference(0.0, -0.0)).isZero();
    }

    @Test
    void twoRunsThatDivergedAlikeAgree() {
        assertThat(Agreement.relativeDifference(Double.NaN, Double.NaN)).isZero();
        assertThat(Agreement.relativeDifference(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)).isZero();
    }

    @Test
    void aNonFiniteValueAgainstAnyOtherDiffersInfinitely() {
        assertThat(Agreement.relativeDifference(Double.NaN, 1)).isInfinite();
        assertThat(Agreement.relativeDifference(1, Double.NaN)).isInfinite();
        assertThat(Agreement.relativeDifference(Double.POSITIVE_INFINITY, 1e308)).isInfinite();
        assertThat(Agreement.relativeDifference(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)).isInfinite();
        assertThat(Agreement.relativeDifference(Double.NaN, Double.POSITIVE_INFINITY)).isInfinite();
    }

    @Test
    void theToleranceSeparatesRoundingFromRealDifferences() {
        assertThat(Agreement.relativeDifference(1, 1 - 1e-10)).isLessThanOrEqualTo(Agreement.TOLERANCE);
        assertThat(Agreement.relativeDifference(1, 1 - 2e-9)).isGreaterThan(Agreement.TOLERANCE);
        assertThat(Agreement.relativeDifference(Double.NaN, 0)).isGreaterThan(Double.MAX_VALUE);
    }
}
