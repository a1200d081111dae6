package org.crmkit.value.btyd.internal;

/** A smooth objective for {@link Bfgs}: its value and gradient at a point, computed together. */
public interface DifferentiableFunction {

    /** Number of variables. */
    int dimension();

    /**
     * The value at {@code x}; writes the gradient into {@code gradient}. Returns a non-finite value
     * (e.g. +∞ or NaN) where the objective is not defined; the line search then steps back.
     */
    double valueAndGradient(double[] x, double[] gradient);
}
