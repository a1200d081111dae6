/**
 * The value context's predictive mathematics (客户价值: 既成价值, 潜在价值): the per-customer
 * repeat-purchase summary the "buy till you die" models work on, the BG/NBD model of purchasing
 * and dropout (P(alive), expected purchases), the Gamma-Gamma model of spend per purchase,
 * customer lifetime value, and a seeded simulator of both processes.
 *
 * <p>Pure Java, no numerics library: log-gamma, digamma, the Gauss hypergeometric series and a
 * BFGS optimiser are written here. Objectives, starting points, penalizers and formulas follow
 * the Python library {@code lifetimes} so that both give the same numbers; the CDNOW reference
 * results of Fader, Hardie and Lee are reproduced by the tests.
 *
 * <p>Start with {@link org.crmkit.value.RepeatPurchaseSummary#builder}, then {@link
 * org.crmkit.value.BgNbdFitter} and {@link org.crmkit.value.GammaGammaFitter}, then score with
 * {@link org.crmkit.value.BgNbdModel}, {@link org.crmkit.value.GammaGammaModel} and {@link
 * org.crmkit.value.CustomerLifetimeValue}.
 */
package org.crmkit.value;
