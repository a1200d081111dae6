package org.crmkit.value.btyd.internal;

/**
 * Standard errors of fitted parameters the way {@code lifetimes} reports them: from the Hessian H
 * of the mean objective in log-parameters, var(pᵢ) = pᵢ² (H⁻¹)ᵢᵢ / N. The Hessian is taken by
 * forward differences of the analytic gradient.
 */
public final class StandardErrors {

    private static final double STEP = 1e-5;

    private StandardErrors() {}

    /**
     * One standard error per parameter; NaN where the Hessian is not positive definite. The Hessian
     * is taken by forward differences from the gradient at the optimum, {@code gradient}.
     */
    public static double[] of(DifferentiableFunction f, double[] theta, double[] gradient, double[] parameters, double customers) {
        int n = theta.length;
        double[][] h = new double[n][n];
        double[] up = new double[n];
        for (int j = 0; j < n; j++) {
            double[] plus = theta.clone();
            plus[j] += STEP;
            f.valueAndGradient(plus, up);
            for (int i = 0; i < n; i++) {
                h[i][j] = (up[i] - gradient[i]) / STEP;
            }
        }
        double[][] inverse = inverse(symmetrised(h));
        double[] errors = new double[n];
        for (int i = 0; i < n; i++) {
            double v = inverse == null ? Double.NaN : inverse[i][i];
            errors[i] = v > 0 ? Math.abs(parameters[i]) * Math.sqrt(v / customers) : Double.NaN;
        }
        return errors;
    }

    private static double[][] symmetrised(double[][] h) {
        int n = h.length;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = 0.5 * (h[i][j] + h[j][i]);
            }
        }
        return s;
    }

    /** Gauss-Jordan elimination with partial pivoting; {@code null} if singular. */
    private static double[][] inverse(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            if (!(Math.abs(a[pivot][col]) > 1e-300)) {
                return null;
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double d = a[col][col];
            for (int k = 0; k < 2 * n; k++) {
                a[col][k] /= d;
            }
            for (int row = 0; row < n; row++) {
                if (row != col && a[row][col] != 0) {
                    double factor = a[row][col];
                    for (int k = 0; k < 2 * n; k++) {
                        a[row][k] -= factor * a[col][k];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inv[i], 0, n);
        }
        return inv;
    }
}
