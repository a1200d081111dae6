package org.crmkit.customer;

/**
 * Whose side a churn reason is on (seed 004: 企业自身的原因 / 客户自身的原因).
 *
 * @since 0.2
 */
public enum ChurnSide {
    /** The enterprise's own doing (企业自身的原因): price, quality, service, delivery, a competitor's better offer. */
    ENTERPRISE,
    /** The customer's circumstances (客户自身的原因): moved away, no longer needs it, budget. */
    CUSTOMER
}
