package io.github.nnbackends.bench;

import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Trainer;
import io.github.nnbackends.train.TutorialData;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One training step per backend, at the tutorial's size and at the large one (Commons Math takes tens of seconds a
 * step there, so it runs only at the tutorial's size).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TrainingStepBenchmark {

    /** backend:preset, the preset being one of {@link Preset}'s, by its label. */
    @Param({"ejml:tutorial", "commons:tutorial", "nd4j:tutorial", "ejml:large", "nd4j:large"})
    public String backendAndPreset;

    private LinearAlgebra<Object> algebra;
    private Trainer<Object> trainer;

    @Setup
    public void start() {
        String[] parts = backendAndPreset.split(":");
        Preset preset = Preset.valueOf(parts[1].toUpperCase(Locale.ROOT));
        algebra = BackendByName.create(parts[0]);
        trainer = Trainer.start(algebra,
                TutorialData.fromSeed(Preset.DEFAULT_SEED, preset.sizes()), preset.learningRate());
    }

    @TearDown
    public void close() {
        algebra.close();
    }

    @Benchmark
    public double step() {
        return trainer.step();
    }
}
