package org.crmkit.value.btyd;

import org.crmkit.shared.CrmException;

/**
 * A customer-value model could not be fitted: the data cannot identify the parameters (no
 * customers, a single customer, nobody with a repeat purchase) or the optimiser did not reach a
 * finite optimum. The message says which, with the figures, and what to try.
 *
 * @since 0.1
 */
public class ModelFitException extends CrmException {

    /** A failed fit, {@code message} saying why, with the figures, and what to try. */
    public ModelFitException(String message) {
        super(message);
    }
}
