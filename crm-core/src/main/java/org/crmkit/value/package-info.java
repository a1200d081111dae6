/**
 * The customer-value context (客户价值: 既成价值, 潜在价值; 客户流失; 铅/铁/银/金): start with
 * {@link org.crmkit.value.ValueService}, which {@code crm.value()} hands out. It keeps the purchase
 * history ({@link org.crmkit.value.history}), scores customers ({@link org.crmkit.value.scoring})
 * with the "buy till you die" models ({@link org.crmkit.value.btyd}), and turns P(alive) into
 * lifecycle stage suggestions ({@link org.crmkit.value.ChurnBands}) and churn rates by group.
 */
@NullMarked
package org.crmkit.value;

import org.jspecify.annotations.NullMarked;
