package io.github.nnbackends.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void theTutorialsPresetIsItsOwnProblem() {
        assertThat(Preset.TUTORIAL.sizes()).isEqualTo(new Sizes(100, 27, 9, 3));
        assertThat(Preset.TUTORIAL.learningRate()).isEqualTo(1e-4);
        assertThat(Preset.TUTORIAL_STEPS).isEqualTo(2000);
        assertThat(Preset.valueOf("LARGE").label()).isEqualTo("large");
    }

    @Test
    void countsTheFlopsOfOneStep() {
        assertThat(Preset.TUTORIAL.sizes().flopsPerStep()).isEqualTo(120_540);
        assertThat(new Sizes(1, 1, 1, 1).flopsPerStep()).isEqualTo(4 + 6 + 3 + 5 + 8);
    }

    @Test
    void rejectsSizesBelowOneByName() {
        assertThatThrownBy(() -> new Sizes(1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hidden must be at least 1, not 0");
    }

    @Test
    void rejectsEachSizeBelowOneByItsName() {
        assertThatThrownBy(() -> new Sizes(0, 1, 1, 1)).hasMessage("samples must be at least 1, not 0");
        assertThatThrownBy(() -> new Sizes(1, -3, 1, 1)).hasMessage("inputs must be at least 1, not -3");
        assertThatThrownBy(() -> new Sizes(1, 1, 1, 0)).hasMessage("outputs must be at least 1, not 0");
    }

    @Test
    void rejectsEachPairOfSizesWhoseMatrixIsTooLargeForAJavaArray() {
        int big = 1 << 16;
        String more = " = 4294967296 elements is more than one matrix can hold (2147483639)";
        assertThatThrownBy(() -> new Sizes(big, big, 1, 1)).hasMessage("samples × inputs" + more);
        assertThatThrownBy(() -> new Sizes(big, 1, big, 1)).hasMessage("samples × hidden" + more);
        assertThatThrownBy(() -> new Sizes(big, 1, 1, big)).hasMessage("samples × outputs" + more);
        assertThatThrownBy(() -> new Sizes(1, big, big, 1)).hasMessage("inputs × hidden" + more);
        assertThatThrownBy(() -> new Sizes(1, big, 1, big)).hasMessage("inputs × outputs" + more);
        assertThatThrownBy(() -> new Sizes(1, 1, big, big)).hasMessage("hidden × outputs" + more);
    }

    @Test
    void acceptsAMatrixOfExactlyTheMostElementsAJavaArrayHolds() {
        int most = (int) Sizes.MAX_ELEMENTS;
        assertThat(new Sizes(1, most, 1, 1).inputs()).isEqualTo(2_147_483_639);
        assertThatThrownBy(() -> new Sizes(1, most + 1, 1, 1))
                .hasMessage("samples × inputs = 2147483640 elements is more than one matrix can hold (2147483639)");
    }

    @Test
    void printsItsSizesByName() {
        assertThat(new Sizes(100, 27, 9, 3)).hasToString("samples 100, inputs 27, hidden 9, outputs 3");
    }

    @Test
    void rejectsMatricesTooLargeForAJavaArray() {
        assertThatThrownBy(() -> new Sizes(1, 70_000, 70_000, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inputs × hidden = 4900000000");
    }

    @Test
    void estimatesTheBytesTrainingHoldsAtItsPeak() {
        // data x, y and 4 parameters; a copy of x in flight; the trainer's copies of those and h1, relu, dA, error
        Sizes sizes = new Sizes(10, 4, 3, 2);
        long parameters = 4 * 3 + 10 * 3 + 3 * 2 + 10 * 2;
        long data = 10 * 4 + 10 * 2 + parameters;
        assertThat(Trainer.bytesNeeded(sizes)).isEqualTo(8 * (data + 10 * 4 + data + 3 * 10 * 3 + 10 * 2));
        assertThat(Trainer.bytesNeeded(new Sizes(100_000, 20_000, 9, 3))).isGreaterThan(3L * 8 * 100_000 * 20_000);
    }

    @Test
    void drawsTheTutorialsArraysInItsShapes() {
        TutorialData data = TutorialData.fromSeed(3, new Sizes(4, 3, 2, 5));
        assertThat(data.x()).hasSize(12);
        assertThat(data.y()).hasSize(20);
        assertThat(data.parameters().get(Parameter.W1)).hasSize(6);
        assertThat(data.parameters().get(Parameter.B1)).hasSize(8);
        assertThat(data.parameters().get(Parameter.W2)).hasSize(10);
        assertThat(data.parameters().get(Parameter.B2)).hasSize(20);
    }
}
