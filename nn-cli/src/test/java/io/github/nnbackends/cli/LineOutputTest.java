package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LineOutputTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long now;

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void gathersLinesThatComeQuickly() {
        LineOutput out = new LineOutput(bytes, Stdout.Kind.OTHER, () -> now);
        out.write("step: 0 loss: 1.5\n");
        now += LineOutput.PUSH_AFTER_NANOS - 1;
        out.write("step: 1 loss: 1.25\n");
        assertThat(written()).isEmpty();
        out.finish();
        assertThat(written()).isEqualTo("step: 0 loss: 1.5\nstep: 1 loss: 1.25\n");
    }

    @Test
    void pushesTheLinesWhenALineComesLate() {
        LineOutput out = new LineOutput(bytes, Stdout.Kind.OTHER, () -> now);
        out.write("step: 0 loss: 1.5\n");
        now += LineOutput.PUSH_AFTER_NANOS;
        out.write("step: 1 ");
        assertThat(written()).as("no line ended since").isEmpty();
        out.write("loss: 1.25\n");
        assertThat(written()).isEqualTo("step: 0 loss: 1.5\nstep: 1 loss: 1.25\n");
    }

    @Test
    void pushesEveryLineToATerminal() {
        LineOutput out = new LineOutput(bytes, Stdout.Kind.TERMINAL, () -> now);
        out.write("step: 0 lo");
        assertThat(written()).isEmpty();
        out.write("ss: 1.5\nstep: 1");
        assertThat(written()).isEqualTo("step: 0 loss: 1.5\n");
    }

    @Test
    void pushesWholeLinesOnlyWhenMuchWaits() {
        LineOutput out = new LineOutput(bytes, Stdout.Kind.OTHER, () -> now);
        String line = "x".repeat(99) + "\n";
        for (int i = 0; i <= LineOutput.GATHER / line.length(); i++) {
            out.write(line);
        }
        out.write("partial");
        assertThat(written()).hasSize((LineOutput.GATHER / line.length() + 1) * line.length())
                .doesNotContain("partial");
    }

    @Test
    void stopsAfterTheWholeLinesOnASignal() {
        LineOutput out = new LineOutput(bytes, Stdout.Kind.OTHER, () -> now);
        out.write("step: 0 loss: 1.5\nstep: 1 lo");
        out.stop();
        out.write("ss: 1.25\nstep: 2 loss: 1\n");
        out.finish();
        assertThat(written()).isEqualTo("step: 0 loss: 1.5\n");
    }

    @Test
    void aFailedWriteEndsTheRunSayingWhy() {
        OutputStream full = failing("No space left on device");
        LineOutput out = new LineOutput(full, Stdout.Kind.TERMINAL, () -> now);
        assertThatThrownBy(() -> out.write("step: 0 loss: 1.5\n")).isInstanceOf(OutputFailure.class)
                .hasMessage("No space left on device")
                .satisfies(e -> assertThat(((OutputFailure) e).isClosedPipe()).isFalse());
    }

    @Test
    void aClosedPipeIsToldByTheMessageThisJvmGivesForEpipe() throws IOException {
        Pipe pipe = Pipe.open();
        pipe.source().close();
        OutputStream closed = Channels.newOutputStream(pipe.sink());
        LineOutput out = new LineOutput(closed, Stdout.Kind.OTHER, () -> now);
        out.write("step: 0 loss: 1.5\n");
        assertThatThrownBy(out::finish).isInstanceOf(OutputFailure.class)
                .satisfies(e -> assertThat(((OutputFailure) e).isClosedPipe()).isTrue());
    }

    @Test
    void anotherFailureOnAPipeIsNoClosedPipe() {
        OutputStream full = failing("Resource temporarily unavailable");
        LineOutput out = new LineOutput(full, Stdout.Kind.OTHER, () -> now);
        out.write("step: 0 loss: 1.5\n");
        assertThatThrownBy(out::finish).isInstanceOf(OutputFailure.class)
                .satisfies(e -> assertThat(((OutputFailure) e).isClosedPipe()).isFalse());
    }

    @Test
    void aWriteThatFailedOnTheTimerFailsTheNextWriteToo() {
        OutputStream full = failing("No space left on device");
        LineOutput out = new LineOutput(full, Stdout.Kind.OTHER, () -> now);
        out.write("step: 0 loss: 1.5\n");
        now += LineOutput.PUSH_AFTER_NANOS;
        assertThatThrownBy(out::pushIfDue).isInstanceOf(OutputFailure.class);
        assertThatThrownBy(() -> out.write("step: 1 loss: 1.25\n")).isInstanceOf(OutputFailure.class)
                .hasMessage("No space left on device");
        assertThatThrownBy(out::finish).isInstanceOf(OutputFailure.class);
    }

    @Test
    void theTimerPushesTheLinesThatASlowStepWouldHoldBack() {
        LineOutput out = new LineOutput(bytes, Stdout.Kind.OTHER, () -> now);
        out.write("step: 0 loss: 1.5\nstep: 1 lo");
        out.pushIfDue();
        assertThat(written()).as("not yet due").isEmpty();
        now += LineOutput.PUSH_AFTER_NANOS;
        out.pushIfDue();
        assertThat(written()).isEqualTo("step: 0 loss: 1.5\n");
    }

    @Test
    void writesWholeLinesOfAtMostAPipesAtomicSize() {
        List<String> writes = new ArrayList<>();
        OutputStream pipe = pipe(writes);
        LineOutput out = new LineOutput(pipe, Stdout.Kind.OTHER, () -> now);
        StringBuilder expected = new StringBuilder();
        for (int step = 0; step < 5000; step++) {
            String line = "step: " + step + " loss: " + (1.0 / (step + 3)) + "\n";
            expected.append(line);
            out.write(line);
        }
        out.write("x".repeat(LineOutput.PIPE_BUF + 10) + "\n");
        expected.append("x".repeat(LineOutput.PIPE_BUF + 10)).append('\n');
        out.finish();
        assertThat(written()).isEqualTo(expected.toString());
        assertThat(writes).as("whole lines").allMatch(write -> write.endsWith("\n"));
        List<Integer> lengths = writes.stream().map(String::length).toList();
        assertThat(lengths).hasSizeGreaterThan(expected.length() / LineOutput.PIPE_BUF)
                .last().as("a line longer than a pipe takes at once goes alone").isEqualTo(LineOutput.PIPE_BUF + 11);
        assertThat(lengths.subList(0, lengths.size() - 1)).allMatch(length -> length <= LineOutput.PIPE_BUF);
    }

    @Test
    void aSignalEndsTheRunEvenWhenTheReaderStalls() throws InterruptedException {
        CountDownLatch writing = new CountDownLatch(1);
        OutputStream stalled = new OutputStream() {
            @Override
            public void write(int b) {
                throw new AssertionError("a byte at a time");
            }

            @Override
            public void write(byte[] b, int offset, int length) {
                writing.countDown();
                try {
                    new CountDownLatch(1).await(); // a reader that never reads
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        LineOutput out = new LineOutput(stalled, Stdout.Kind.OTHER, () -> now);
        Thread main = new Thread(() -> out.write("step: 0 loss: 1.5\n".repeat(5000)));
        main.setDaemon(true);
        main.start();
        writing.await();
        assertTimeoutPreemptively(Duration.ofSeconds(5), out::stop, "stop() waited for a stalled reader");
        main.interrupt();
    }

    @Test
    void withItsTimerALineGoesOutThoughNoOtherFollows() throws InterruptedException {
        ByteArrayOutputStream slow = new ByteArrayOutputStream();
        LineOutput out = Stdout.withTimer(slow, Stdout.Kind.OTHER);
        out.write("step: 0 loss: 1.5\n");
        out.write("step: 1 loss: 1.25\n");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (slow.size() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(slow.toString(StandardCharsets.UTF_8)).isEqualTo("step: 0 loss: 1.5\nstep: 1 loss: 1.25\n");
    }

    @Test
    void aLineEndedByAWriteOfItsOwnGoesToATerminalAtOnce() {
        LineOutput out = new LineOutput(bytes, Stdout.Kind.TERMINAL, () -> now);
        PrintWriter printer = new PrintWriter(out);
        printer.println("step: 0 loss: 1.5");
        assertThat(written()).as("println writes the line, then its end apart").isEqualTo("step: 0 loss: 1.5"
                + System.lineSeparator());
    }

    @Test
    void pushesWhenExactlyAsManyCharactersAsItGathersWait() {
        LineOutput out = new LineOutput(bytes, Stdout.Kind.OTHER, () -> now);
        String line = "x".repeat(63) + "\n";
        for (int i = 1; i < LineOutput.GATHER / line.length(); i++) {
            out.write(line);
        }
        assertThat(written()).as("one line short of the gathering size").isEmpty();
        out.write(line);
        assertThat(written()).hasSize(LineOutput.GATHER);
    }

    @Test
    void writesASliceOfCharacters() {
        LineOutput out = new LineOutput(bytes, Stdout.Kind.TERMINAL, () -> now);
        out.write("[step: 0 loss: 1.5\n]".toCharArray(), 1, 18);
        assertThat(written()).isEqualTo("step: 0 loss: 1.5\n");
    }

    @Test
    void flushHoldsAnUnendedLineWhichFinishAndCloseWriteToo() {
        LineOutput out = new LineOutput(bytes, Stdout.Kind.OTHER, () -> now);
        out.write("step: 0 loss: 1.5\nstep: 1 loss: 1.25\nstep: 2 lo");
        out.flush();
        assertThat(written()).isEqualTo("step: 0 loss: 1.5\nstep: 1 loss: 1.25\n");
        out.write("ss: 1\nno end");
        out.finish();
        assertThat(written()).endsWith("\nstep: 2 loss: 1\nno end");
        out.write("\nclosed without an end");
        out.close();
        assertThat(written()).endsWith("\nno end\nclosed without an end");
    }

    @Test
    void aLineThatEndsAfterASlowStepGoesOutAtOnceThoughTheTimerFoundNoWholeLine() {
        LineOutput out = new LineOutput(bytes, Stdout.Kind.OTHER, () -> now);
        out.write("step: 0 lo");
        now += LineOutput.PUSH_AFTER_NANOS;
        out.pushIfDue();
        assertThat(written()).isEmpty();
        now += 1;
        out.write("ss: 1.5\n");
        assertThat(written()).as("100 ms have passed since the last push").isEqualTo("step: 0 loss: 1.5\n");
    }

    @Test
    void afterAFailedWriteNothingMoreGoesOutThoughTheDiskHasRoomAgain() {
        List<String> later = new ArrayList<>();
        OutputStream fullOnce = new OutputStream() {
            private boolean failed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int offset, int length) throws IOException {
                if (!failed) {
                    failed = true;
                    throw new IOException("No space left on device");
                }
                later.add(new String(b, offset, length, StandardCharsets.UTF_8));
            }
        };
        LineOutput out = new LineOutput(fullOnce, Stdout.Kind.OTHER, () -> now);
        out.write("step: 0 loss: 1.5\n");
        now += LineOutput.PUSH_AFTER_NANOS;
        assertThatThrownBy(out::pushIfDue).isInstanceOf(OutputFailure.class);
        assertThatThrownBy(() -> out.write("step: 1 loss: 1.25\n")).as("a line given after the failure")
                .isInstanceOf(OutputFailure.class);
        now += LineOutput.PUSH_AFTER_NANOS;
        assertThatThrownBy(out::pushIfDue).isInstanceOf(OutputFailure.class);
        assertThatThrownBy(out::flush).isInstanceOf(OutputFailure.class);
        assertThatThrownBy(out::finish).isInstanceOf(OutputFailure.class);
        assertThat(later).as("a run with a line missing in the middle").isEmpty();
    }

    @Test
    void aLineLongerThanAPipeTakesAtOnceGoesAloneWhereverItIs() {
        List<String> writes = new ArrayList<>();
        OutputStream pipe = pipe(writes);
        String longLine = "x".repeat(LineOutput.PIPE_BUF + 10) + "\n";
        LineOutput out = new LineOutput(pipe, Stdout.Kind.OTHER, () -> now);
        out.write("\n" + longLine + "step: 1\n" + longLine + "y".repeat(LineOutput.PIPE_BUF + 10));
        out.finish();
        assertThat(writes).containsExactly("\n", longLine, "step: 1\n", longLine,
                "y".repeat(LineOutput.PIPE_BUF + 10));
    }

    @Test
    void theTimerAndTheMainThreadTakeTurns() throws Exception {
        LineOutput out = new LineOutput(bytes, Stdout.Kind.OTHER, () -> now);
        List<Runnable> turns = List.of(
                () -> out.write("step: 0 loss: 1.5\n"),
                () -> out.write("step: 1 loss: 1.25\n".toCharArray(), 0, 19),
                out::flush,
                () -> out.write("step: 2 loss: 1\n"),
                () -> {
                    now += LineOutput.PUSH_AFTER_NANOS;
                    out.pushIfDue();
                },
                () -> out.write("step: 3 loss: 0.5\n"),
                out::finish,
                () -> out.write("step: 4 loss: 0.25\n"),
                out::close);
        for (Runnable turn : turns) {
            // Each on a thread of its own, as the timer's pushes and the main thread's lines are.
            CompletableFuture.runAsync(turn, LineOutputTest::onANewThread).get(10, TimeUnit.SECONDS);
        }
        assertThat(written()).isEqualTo("step: 0 loss: 1.5\nstep: 1 loss: 1.25\nstep: 2 loss: 1\n"
                + "step: 3 loss: 0.5\nstep: 4 loss: 0.25\n");
    }

    @Test
    void stopKeepsTheInterruptOfTheThreadThatCallsIt() {
        LineOutput out = new LineOutput(bytes, Stdout.Kind.OTHER, () -> now);
        Thread.currentThread().interrupt();
        out.stop();
        assertThat(Thread.interrupted()).isTrue();
        out.write("step: 0 loss: 1.5\n");
        out.finish();
        assertThat(written()).as("stopped").isEmpty();
    }

    private static void onANewThread(Runnable task) {
        Thread thread = new Thread(task);
        thread.setDaemon(true);
        thread.start();
    }

    /** A pipe that takes each write whole: each write in {@code writes}, its bytes in {@link #bytes}. */
    private OutputStream pipe(List<String> writes) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                throw new AssertionError("a byte at a time");
            }

            @Override
            public void write(byte[] b, int offset, int length) {
                writes.add(new String(b, offset, length, StandardCharsets.UTF_8));
                bytes.write(b, offset, length);
            }
        };
    }

    /** A stream whose every write fails, saying {@code message}. */
    private static OutputStream failing(String message) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }
        };
    }
}
