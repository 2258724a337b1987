package io.github.nnbackends.cli;

import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.train.LossListener;
import io.github.nnbackends.train.Sizes;
import io.github.nnbackends.train.Trainer;
import io.github.nnbackends.train.TutorialData;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Times training steps in this JVM: warm-up runs first (for the JIT), then timed runs of the same steps, each
 * from the same starting point. Allocation is the JVM's count of heap bytes this thread allocated.
 */
final class StepBenchmark {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /**
     * One backend's numbers; {@code divergedAt} is the first step whose loss is inf or nan, or -1, and
     * {@code divergedLoss} that loss.
     */
    record Result(String backend, Sizes sizes, double learningRate, int steps, double microsPerStep, double minMicrosPerStep,
            double gflops, long allocatedBytesPerStep, double finalLoss, int divergedAt, double divergedLoss) {
    }

    private StepBenchmark() {
    }

    static <M> Result run(String backend, LinearAlgebra<M> algebra, TutorialData data, double learningRate, int steps,
            int warmups, int runs) {
        double[] last = new double[2];
        int[] divergedAt = {-1};
        LossListener record = (step, loss) -> {
            last[0] = loss;
            if (divergedAt[0] < 0 && !Double.isFinite(loss)) {
                divergedAt[0] = step;
                last[1] = loss;
            }
        };
        for (int i = 0; i < warmups; i++) {
            Trainer.start(algebra, data, learningRate).train(steps, record);
        }
        double[] micros = new double[runs];
        long leastAllocated = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            Trainer<M> trainer = Trainer.start(algebra, data, learningRate);
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            trainer.train(steps, record);
            long elapsed = System.nanoTime() - start;
            leastAllocated = Math.min(leastAllocated, THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore);
            micros[i] = elapsed / 1e3 / steps;
        }
        double least = Arrays.stream(micros).min().orElseThrow();
        double median = Median.of(micros);
        double gflops = data.sizes().flopsPerStep() / (median * 1e3);
        return new Result(backend, data.sizes(), learningRate, steps, median, least, gflops, leastAllocated / steps, last[0],
                divergedAt[0], last[1]);
    }
}
