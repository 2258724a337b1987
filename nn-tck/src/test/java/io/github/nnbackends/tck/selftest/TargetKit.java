package io.github.nnbackends.tck.selftest;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.tck.BackendKit;

/**
 * The whole kit, on whatever provider the self-test sets before it runs the kit through JUnit's test kit. Not a
 * test of its own: its name keeps Surefire from running it directly.
 */
public class TargetKit extends BackendKit {

    /** The provider the next run tests. */
    static volatile BackendProvider target = new ArrayProvider();

    @Override
    public BackendProvider provider() {
        return target;
    }
}
