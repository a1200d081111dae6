package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Gamma-Gamma fit does not depend on the currency unit: the same spend in cents gives the same
 * p and q, v a hundred times larger, and the optimiser as little work, because it starts from the
 * customers' mean spend rather than from a fixed v.
 */
class SpendInCentsTest {

    @Test
    void spend_in_cents_fits_the_same_model_with_the_same_number_of_evaluations() {
        // given
        RepeatPurchaseSummary dollars = Cdnow.rawSummary();
        RepeatPurchaseSummary cents = RepeatPurchaseSummary.of(PeriodUnit.WEEKS, dollars.frequencies(),
                IntStream.range(0, dollars.size()).mapToDouble(dollars::recency).toArray(),
                IntStream.range(0, dollars.size()).mapToDouble(dollars::age).toArray(),
                Arrays.stream(dollars.monetaryValues()).map(m -> m * 100).toArray());

        // when
        GammaGammaFit inDollars = GammaGammaFitter.create().fit(dollars);
        GammaGammaFit inCents = GammaGammaFitter.create().fit(cents);

        // then
        assertThat(inCents.model().p()).isCloseTo(inDollars.model().p(), within(1e-4));
        assertThat(inCents.model().q()).isCloseTo(inDollars.model().q(), within(1e-4));
        assertThat(inCents.model().v() / 100).isCloseTo(inDollars.model().v(), within(1e-4));
        assertThat(inCents.evaluations()).isLessThanOrEqualTo(inDollars.evaluations() + 2);
        assertThat(inDollars.evaluations()).isLessThanOrEqualTo(20);
    }
}
