package io.github.nnbackends.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.train.Sizes;
import io.github.nnbackends.train.Trainer;
import io.github.nnbackends.train.TutorialData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The promise about threads: separate instances, from separate {@code create()} calls, may run at the same time on
 * separate threads. Two instances train the same problem at once, again and again, and each must give the losses a
 * lone instance gives, bit for bit: scratch space or state shared between instances shows.
 *
 * @since 2.0
 */
public interface ThreadsContract extends BackendUnderTest {

    /** Large enough that the two runs overlap within each step; small enough to run in a moment. */
    Sizes CONCURRENT_SIZES = new Sizes(64, 40, 32, 5);

    @Test
    default void separateInstancesRunAtTheSameTime() throws Exception {
        double[] alone = losses(null);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<double[]>> runs = new ArrayList<>();
                for (int thread = 0; thread < 2; thread++) {
                    runs.add(threads.submit(() -> losses(together)));
                }
                for (int thread = 0; thread < 2; thread++) {
                    assertThat(runs.get(thread).get(120, TimeUnit.SECONDS))
                            .as("round %d, thread %d: the losses of an instance training while another trained on "
                                    + "another thread, against those of an instance alone (%s, seed 3)", round,
                                    thread, CONCURRENT_SIZES)
                            .containsExactly(alone);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** 200 steps on an instance of its own, started with the other thread's when {@code together} is given. */
    private double[] losses(CyclicBarrier together) throws Exception {
        try (LinearAlgebra<?> algebra = Backends.create(provider())) {
            return train(algebra, together);
        }
    }

    private static <M> double[] train(LinearAlgebra<M> algebra, CyclicBarrier together) throws Exception {
        Trainer<M> trainer = Trainer.start(algebra, TutorialData.fromSeed(3, CONCURRENT_SIZES), 1e-4);
        if (together != null) {
            together.await(60, TimeUnit.SECONDS);
        }
        double[] losses = new double[200];
        trainer.train(losses.length, (step, loss) -> losses[step] = loss);
        return losses;
    }
}
