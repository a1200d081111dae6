package org.crmkit.examples.demo;

import java.util.List;

/** The report's terms, explained once for both the text and the HTML report. */
final class Glossary {

    /** One term and what it means in this report. */
    record Term(String name, String meaning) {}

    static final List<Term> TERMS = List.of(
            new Term("P(alive)", "the probability that a customer is still buying, given when and how often they bought; from the purchase"
                    + " model (MBG/NBD in this demo), fitted on the whole history"),
            new Term("CLV", "customer lifetime value, here predicted for the next 12 months: the purchases the model expects times the"
                    + " customer's expected spend per purchase (Gamma-Gamma), discounted 1% a month, in CNY"),
            new Term("RFM", "recency (days since the last purchase), frequency (purchases) and monetary value (spend), each scored 1 to 5"
                    + " by quintile within the shop, 5 the best; equal values always get the same score"),
            new Term("value pyramid", "customers ranked by predicted CLV and cut into levels; each level's share of the predicted CLV is"
                    + " shown beside its share of past revenue"),
            new Term("growth value (成长值)", "what the tiers are measured by: earned from purchases by the ladder's rules and taken back"
                    + " on a refund; the ladder counts what was earned in the last 12 months, so it expires a year after it was earned"),
            new Term("tier move", "an assessment or a purchase moving a member to a higher tier (up) or a lower one (down); joining the"
                    + " ladder is not a move"),
            new Term("churn", "the yearly customer loss rate the seeds quote (10-30% a year): of the customers who bought in one year,"
                    + " the share who bought nothing in the next; fully refunded orders do not count"),
            new Term("churn reason", "why a customer who left says they left, recorded when the shop's call reaches them 180 days after"
                    + " their last order, or when they come back after such a gap; the shop's side (price, delivery, product quality,"
                    + " service) or the customer's (a competitor, no more need, moved away)"),
            new Term("points earned / redeemed / expired", "points credited (purchases, bonuses, goodwill), spent (paid at checkout or"
                    + " exchanged in the points mall) and lost when their lot expired, counted in the month they moved"),
            new Term("points liability", "the available and pending points every account holds, at 100 points = CNY 1"),
            new Term("redemption rate", "coupons used per coupon issued, for one coupon template"),
            new Term("offer cost", "what member prices, free shipping, coupons and points took off the orders"),
            new Term("SLA compliance", "the share of after-sales cases (cancelled ones left out) with no response or resolution target"
                    + " breached"),
            new Term("CSAT", "the mean satisfaction score, 1 to 5, of the rated after-sales cases"));

    private Glossary() {}
}
