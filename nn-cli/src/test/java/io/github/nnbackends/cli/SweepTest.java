package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Sizes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class SweepTest {

    private static final Sweep.Converter CONVERTER = new Sweep.Converter();
    private static final Sizes TUTORIAL = Preset.TUTORIAL.sizes();

    @Test
    void sweepsOneSizeOrAllFourTogether() {
        assertThat(CONVERTER.convert("samples=100,400").at(TUTORIAL, 400)).isEqualTo(new Sizes(400, 27, 9, 3));
        assertThat(CONVERTER.convert("inputs=5,6").at(TUTORIAL, 6)).isEqualTo(new Sizes(100, 6, 9, 3));
        assertThat(CONVERTER.convert("hidden=5,6").at(TUTORIAL, 6)).isEqualTo(new Sizes(100, 27, 6, 3));
        assertThat(CONVERTER.convert(" Outputs = 5, 6 ").at(TUTORIAL, 6)).isEqualTo(new Sizes(100, 27, 9, 6));
        assertThat(CONVERTER.convert("scale=1,4").at(TUTORIAL, 4)).isEqualTo(new Sizes(400, 108, 36, 12));
        assertThat(CONVERTER.convert("samples=1,2,3").values()).containsExactly(1, 2, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"samples", "samples=", "samples=100", "rows=1,2", "=1,2", "samples=2,1", "samples=1,1",
        "samples=0,1", "samples=1,,2", "samples=1,x", "samples=1=2", "samples=1,99999999999"})
    void refusesWhatIsNotDimensionEqualsAscendingWholeNumbers(String text) {
        assertThatThrownBy(() -> CONVERTER.convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageStartingWith("'" + text + "': ").hasMessageEndingWith("such as samples=100,400,1600,6400 "
                        + "or scale=1,2,4,8");
    }

    @Test
    void aScaleTooLargeForAMatrixIsRefusedWithTheSizes() {
        assertThatThrownBy(() -> CONVERTER.convert("scale=1,100000000").at(TUTORIAL, 100000000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than a size can be");
    }

    @Test
    void aScaledSizeOfTheLargestIntIsASizeWhoseMatricesAreTooLarge() {
        assertThatThrownBy(() -> CONVERTER.convert("scale=1," + Integer.MAX_VALUE)
                .at(new Sizes(1, 1, 1, 1), Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("elements is more than one matrix can hold");
    }

    @Test
    void takesAboutTheTutorialsArithmeticPerRunAndNeverFewerThanTwentySteps() {
        assertThat(Sweep.stepsAt(TUTORIAL)).isEqualTo(Preset.TUTORIAL_STEPS);
        assertThat(Sweep.stepsAt(new Sizes(10, 27, 9, 3))).isEqualTo(Preset.TUTORIAL_STEPS);
        assertThat(Sweep.stepsAt(new Sizes(400, 27, 9, 3))).isBetween(480, 520);
        assertThat(Sweep.stepsAt(Preset.LARGE.sizes())).isEqualTo(Sweep.FEWEST_STEPS);
    }

    @Test
    void scalesTheLearningRateDownAsTheProblemGrowsAndNeverUp() {
        assertThat(Sweep.learningRateAt(new Sizes(400, 27, 9, 3), TUTORIAL, 1e-4)).isEqualTo(2.5e-5);
        assertThat(Sweep.learningRateAt(new Sizes(10, 27, 9, 3), TUTORIAL, 1e-4)).isEqualTo(1e-4);
        // The large preset's own rate, 1e-9, is within a factor of ten of what the rule gives it.
        assertThat(Sweep.learningRateAt(Preset.LARGE.sizes(), TUTORIAL, 1e-4)).isBetween(1e-9, 1e-8);
    }

    @Test
    void namesTheFastestBackendPerRangeAndWhereOneOvertakesAnother() {
        Map<String, double[]> timings = new LinkedHashMap<>();
        timings.put("ejml", new double[] {30, 100, 400, 1600});
        timings.put("nd4j", new double[] {10, 90, 500, 2000});
        timings.put("commons", new double[] {50, 200, 800, Double.NaN});
        assertThat(Crossovers.line("samples", List.of(100, 400, 1600, 6400), timings)).isEqualTo(
                "fastest by samples: nd4j from 100 to 400; ejml from 1600 to 6400; ejml overtakes nd4j between 400 "
                        + "and 1600");
    }

    @Test
    void saysWhenNoBackendOvertakesAnother() {
        Map<String, double[]> timings = new LinkedHashMap<>();
        timings.put("ejml", new double[] {30, 100});
        timings.put("nd4j", new double[] {10, 90});
        assertThat(Crossovers.line("scale", List.of(1, 2), timings))
                .isEqualTo("fastest by scale: nd4j from 1 to 2 (no crossover in this range)");
    }

    @Test
    void aSizeNoBackendTimedIsSaid() {
        Map<String, double[]> timings = new LinkedHashMap<>();
        timings.put("ejml", new double[] {30, Double.NaN, 5});
        assertThat(Crossovers.line("hidden", List.of(1, 2, 3), timings))
                .isEqualTo("fastest by hidden: ejml at 1; none timed at 2; ejml at 3 (no crossover in this range)");
    }

    @Test
    void aTieGoesToTheBackendTimedFirst() {
        Map<String, double[]> timings = new LinkedHashMap<>();
        timings.put("ojalgo", new double[] {30, 100});
        timings.put("ejml", new double[] {30, 100});
        assertThat(Crossovers.line("samples", List.of(1, 2), timings))
                .isEqualTo("fastest by samples: ojalgo from 1 to 2 (no crossover in this range)");
    }

    @Test
    void sizesInARowThatNoBackendTimedAreOneRange() {
        Map<String, double[]> timings = new LinkedHashMap<>();
        timings.put("ejml", new double[] {Double.NaN, Double.NaN, 5});
        assertThat(Crossovers.line("hidden", List.of(1, 2, 3), timings))
                .isEqualTo("fastest by hidden: none timed from 1 to 2; ejml at 3 (no crossover in this range)");
    }
}
