/**
 * Not API: the numerics behind the {@link org.crmkit.value.btyd} models, public only because Java
 * has no other way to share them between packages. They may change or go in any release without
 * notice; do not use them.
 *
 * <p>Log-gamma, digamma, a stable softplus and sigmoid, the Gauss hypergeometric series, a BFGS
 * optimiser with standard errors from the Hessian, seeded gamma and beta variates, chunked sums that
 * give the same bits on one thread or many, and a primitive {@code long} to index map. crm-core
 * takes no numerics library, so they are written here; they depend on nothing in crmkit (an
 * architecture test holds them to that).
 */
@NullMarked
package org.crmkit.value.btyd.internal;

import org.jspecify.annotations.NullMarked;
