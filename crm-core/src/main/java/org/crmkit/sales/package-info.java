/**
 * The sales context (客源, 跟踪回访, 大客户): leads with their source, interests and notes; opportunities
 * moving through the tenant's funnel with their stage history; follow-up tasks with reminders;
 * the conversion report by stage, source and owner; business accounts with their contacts,
 * invoices and the credit terms their payment history earns. Reads customers (a lead converts into
 * one) and the value context's purchase history (an account's order history); no other context
 * depends on it. The public API is {@link org.crmkit.sales.SalesService}, from {@code Crm.sales()}.
 *
 * @since 0.2
 */
@NullMarked
package org.crmkit.sales;

import org.jspecify.annotations.NullMarked;
