/**
 * What a scoring run finds about each customer and about a tenant: RFM quintile scores and
 * segments, the predictions of the purchase models, the value pyramid, churn reports and win-back
 * candidates, and the {@link org.crmkit.value.scoring.CustomerValues} port that keeps the latest
 * {@link org.crmkit.value.scoring.CustomerValue} of each customer. The rules here work on the
 * purchase history and the {@link org.crmkit.value.btyd} models; they know no storage and no other
 * context.
 */
@NullMarked
package org.crmkit.value.scoring;

import org.jspecify.annotations.NullMarked;
