package io.github.nnbackends.cli;

import picocli.CommandLine.Mixin;

/** A command that trains: what it trains is {@link TrainingOptions}, and memory runs short for those sizes. */
abstract class TrainingCommand extends BaseCommand {

    @Mixin
    protected TrainingOptions training;

    @Override
    protected final TrainingOptions training() {
        return training;
    }
}
