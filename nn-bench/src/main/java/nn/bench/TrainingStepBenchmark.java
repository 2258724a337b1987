package nn.bench;

import java.util.concurrent.TimeUnit;
import nn.train.Sizes;
import nn.train.Trainer;
import nn.train.TutorialData;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One training step per backend, at the tutorial's size and at a large one (Commons Math takes tens of seconds a
 * step there, so it runs only at the tutorial's size).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TrainingStepBenchmark {

    /** backend:size, size being default (100×27×9×3, lr 1e-4) or large (4096×1024×1024×16, lr 1e-9). */
    @Param({"ejml:default", "commons:default", "nd4j:default", "ejml:large", "nd4j:large"})
    public String backendAndSize;

    private Trainer<Object> trainer;

    @Setup
    public void start() {
        String[] parts = backendAndSize.split(":");
        boolean large = parts[1].equals("large");
        Sizes sizes = large ? new Sizes(4096, 1024, 1024, 16) : Sizes.TUTORIAL;
        trainer = Trainer.start(Backend.named(parts[0]), TutorialData.fromSeed(0, sizes), large ? 1e-9 : 1e-4);
    }

    @Benchmark
    public double step() {
        return trainer.step();
    }
}
