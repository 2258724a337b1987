#!/usr/bin/env python3
"""The tutorial's numpy program, unchanged but for its parameters: seed, sizes, learning rate and steps.

Prints one `step: i loss: L` line per step, as the tutorial does, so its output can be compared line by line
with `./nn`. Example: python3 tools/tutorial.py --seed 0 --steps 2000
"""
import argparse

import numpy as np

# The tutorial's own settings (it draws unseeded; seed 0 makes its run repeatable), each written once here.
N, X_LEN, H_LEN, Y_LEN, LEARN_RATE, STEPS, SEED = 100, 27, 9, 3, 1e-4, 2000, 0


def start(seed=SEED, n=N, x_len=X_LEN, h_len=H_LEN, y_len=Y_LEN):
    """The tutorial's data and starting parameters after np.random.seed(seed): x, y, w1, b1, w2, b2."""
    np.random.seed(seed)
    x = np.random.randn(n, x_len)
    y = x.dot(np.random.randn(x_len, y_len))
    w1 = np.random.randn(x_len, h_len)
    b1 = np.random.randn(n, h_len)
    w2 = np.random.randn(h_len, y_len)
    b2 = np.random.randn(n, y_len)
    return x, y, w1, b1, w2, b2


def train(x, y, w1, b1, w2, b2, learn_rate, steps, out=None):
    """The tutorial's loop, as it is; updates w1, b1, w2, b2 in place and hands each step's line to out."""
    for step in range(steps):
        h1 = np.matmul(x, w1) + b1
        h1_activated = np.maximum(0, h1)
        predicate = np.matmul(h1_activated, w2) + b2
        loss = np.square(predicate - y).sum()
        d_loss_predicate = 2.0 * (predicate - y)
        d_loss_b2 = d_loss_predicate
        d_loss_w2 = h1_activated.T.dot(d_loss_predicate)
        d_loss_relu = d_loss_predicate.dot(w2.T)
        d_loss_relu[h1 < 0] = 0
        d_loss_b1 = d_loss_relu
        d_loss_w1 = x.T.dot(d_loss_relu)
        w1 -= learn_rate * d_loss_w1
        w2 -= learn_rate * d_loss_w2
        b1 -= learn_rate * d_loss_b1
        b2 -= learn_rate * d_loss_b2
        if out is not None:
            out("step: %d loss: %s" % (step, loss))


def run(seed=SEED, n=N, x_len=X_LEN, h_len=H_LEN, y_len=Y_LEN, learn_rate=LEARN_RATE, steps=STEPS, out=print):
    train(*start(seed, n, x_len, h_len, y_len), learn_rate, steps, out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--samples", type=int, default=N)
    parser.add_argument("--inputs", type=int, default=X_LEN)
    parser.add_argument("--hidden", type=int, default=H_LEN)
    parser.add_argument("--outputs", type=int, default=Y_LEN)
    parser.add_argument("--lr", type=float, default=LEARN_RATE)
    parser.add_argument("--steps", type=int, default=STEPS)
    a = parser.parse_args()
    run(a.seed, a.samples, a.inputs, a.hidden, a.outputs, a.lr, a.steps)


if __name__ == "__main__":
    main()
