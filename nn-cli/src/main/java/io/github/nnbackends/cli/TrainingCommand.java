package io.github.nnbackends.cli;

import picocli.CommandLine.Mixin;

/** A command that trains: what it trains is {@link TrainingOptions}, and memory runs short for those sizes. */
abstract class TrainingCommand extends BaseCommand {

    @Mixin
    protected final TrainingOptions training = new TrainingOptions();

    @Override
    protected final TrainingOptions training() {
        return training;
    }

    /**
     * One line on stderr: the training on {@code backend} diverged, its loss {@code loss} at {@code step}. numpy
     * warns of an overflow; nn says where, and what to try: the learning rate of the sizes' preset when this one is
     * larger, else a tenth of this one.
     */
    protected final void warnOfDivergence(String backend, int step, double loss) {
        double rate = training.learningRate();
        double smaller = rate > training.presetLearningRate() ? training.presetLearningRate() : rate / 10;
        err().println("nn: on " + backend + " the loss is " + PythonFloat.repr(loss) + " at step " + step
                + ": the training diverged at lr " + PythonFloat.repr(rate) + "; try a smaller one, such as --lr "
                + PythonFloat.repr(smaller));
    }
}
