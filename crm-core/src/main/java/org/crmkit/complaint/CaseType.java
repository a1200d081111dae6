package org.crmkit.complaint;

/**
 * What the customer asks for (投诉, 退货, 换货, 返修, 咨询, 建议).
 *
 * @since 0.1
 */
public enum CaseType {
    /** Dissatisfaction with a product, a delivery, a service or a price. */
    COMPLAINT,
    /** Goods sent back for a refund. */
    RETURN,
    /** Goods sent back for another item. */
    EXCHANGE,
    /** Goods sent in for repair. */
    REPAIR,
    /** A question. */
    INQUIRY,
    /** An idea for the merchant. */
    SUGGESTION
}
