/**
 * "Buy till you die" models of customer value (潜在价值): the per-customer repeat-purchase summary
 * the models work on, the BG/NBD model of purchasing and dropout (P(alive), expected purchases),
 * the Gamma-Gamma model of spend per purchase, customer lifetime value, per-customer forecasts of a
 * whole summary, and a seeded simulator of both processes. Nothing here knows a tenant, a storage
 * or another context: the models take numbers and give numbers.
 *
 * <p>Objectives, starting points, penalizers and formulas follow the Python library {@code
 * lifetimes} so that both give the same numbers; the CDNOW reference results of Fader, Hardie and
 * Lee are reproduced by the tests.
 *
 * <p>Start with {@link org.crmkit.value.btyd.RepeatPurchaseSummary#builder}, then {@link
 * org.crmkit.value.btyd.BgNbdFitter} and {@link org.crmkit.value.btyd.GammaGammaFitter}, then score
 * with {@link org.crmkit.value.btyd.CustomerForecasts}, or customer by customer with {@link
 * org.crmkit.value.btyd.BgNbdModel}, {@link org.crmkit.value.btyd.GammaGammaModel} and {@link
 * org.crmkit.value.btyd.CustomerLifetimeValue}.
 */
@NullMarked
package org.crmkit.value.btyd;

import org.jspecify.annotations.NullMarked;
