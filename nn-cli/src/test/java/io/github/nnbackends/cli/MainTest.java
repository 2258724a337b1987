package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** How main ends: by returning, unless the exit code or another thread needs System.exit. */
class MainTest {

    @Test
    void aThreadThatIsNoDaemonKeepsTheJvmAndADaemonDoesNot() throws InterruptedException {
        boolean othersBefore = Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread != Thread.currentThread() && !thread.isDaemon() && thread.isAlive());
        assertThat(Main.anotherThreadKeepsTheJvm()).as("as the JVM's own list of threads says").isEqualTo(othersBefore);
        CountDownLatch end = new CountDownLatch(1);
        Thread daemon = waiting(end, true);
        assertThat(Main.anotherThreadKeepsTheJvm()).isEqualTo(othersBefore);
        Thread library = waiting(end, false);
        assertThat(Main.anotherThreadKeepsTheJvm()).isTrue();
        end.countDown();
        library.join();
        daemon.join();
        assertThat(Main.anotherThreadKeepsTheJvm()).isEqualTo(othersBefore);
    }

    @Test
    void aThreadInAnotherGroupOfThreadsCountsToo() throws InterruptedException {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        CountDownLatch end = new CountDownLatch(1);
        Thread library = waiting(new ThreadGroup(root, "a library's"), end, false);
        assertThat(Main.anotherThreadKeepsTheJvm()).isTrue();
        end.countDown();
        library.join();
    }

    private static Thread waiting(CountDownLatch end, boolean daemon) {
        return waiting(Thread.currentThread().getThreadGroup(), end, daemon);
    }

    private static Thread waiting(ThreadGroup group, CountDownLatch end, boolean daemon) {
        Thread thread = new Thread(group, () -> {
            try {
                end.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.setDaemon(daemon);
        thread.start();
        return thread;
    }
}
