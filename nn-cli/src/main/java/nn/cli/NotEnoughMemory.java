package nn.cli;

import nn.train.Sizes;
import nn.train.Trainer;

/** Sizes that need more memory than Java may use: what they need, what Java may use, and what to do. */
final class NotEnoughMemory extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotEnoughMemory(Sizes sizes) {
        super("not enough memory for " + sizes + ": training needs about " + Words.bytes(Trainer.bytesNeeded(sizes))
                + " and Java may use " + Words.bytes(Runtime.getRuntime().maxMemory()) + "; use smaller sizes, or "
                + "give Java more memory with JAVA_OPTS=-Xmx...");
    }
}
