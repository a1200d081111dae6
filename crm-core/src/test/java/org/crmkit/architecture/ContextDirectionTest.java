package org.crmkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The bounded contexts depend on each other in one direction, documented here from the bottom up:
 *
 * <pre>
 * shared  &lt;-  earning  &lt;-  customer, loyalty, tier  &lt;-  value, complaint  &lt;-  segment  &lt;-  offer  &lt;-  commerce
 *                                                                                 offer  &lt;-  marketing
 * customer, value (purchase history)  &lt;-  sales
 * </pre>
 *
 * <ul>
 *   <li>earning (the earning rules) knows only the shared kernel: loyalty rates points with it and
 *       tier rates growth value with it, so neither needs the other;
 *   <li>value keeps the purchase history and its figures and drives no other context (its own
 *       packages, history, scoring, the btyd models and their maths, are layered as {@link
 *       ValuePackagesTest} says);
 *   <li>offer (coupons, member prices, the checkout quote, the points mall, stored-value cards)
 *       spends points, reads tiers and issues to segments; only commerce and marketing see it, so a
 *       refund through the one door can return the coupons an order used, and a campaign can hand
 *       out coupons;
 *   <li>marketing (campaigns, journeys, message channels, reviews, surveys) sits beside commerce
 *       on top of offer: it hands out coupons and points bonuses, reads segments, consent, value
 *       scores and the purchase history, and no context, commerce included, depends on it;
 *   <li>commerce, the one door for commerce facts, sits on top and no context depends on it;
 *   <li>sales (leads, opportunities, follow-up tasks, business accounts) reads customers (a lead
 *       converts into one) and the value context's purchase history (an account's orders); no
 *       context depends on it, commerce included.
 * </ul>
 *
 * The adapters ({@code inmemory}), the storage SPI ({@code spi}) and the wiring in the root package
 * see every context; no context sees them, except the cursor codec of the storage SPI.
 */
@AnalyzeClasses(packages = "org.crmkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ContextDirectionTest {

    @ArchTest
    static final ArchRule the_context_graph_has_no_cycles = slices().matching("org.crmkit.(*)..")
            .should().beFreeOfCycles()
            .because("a cycle between contexts hides a dependency that no one chose");

    @ArchTest
    static final ArchRule earning_knows_only_the_shared_kernel = noClasses()
            .that().resideInAPackage("org.crmkit.earning..")
            .should().dependOnClassesThat().resideInAnyPackage("org.crmkit.customer..", "org.crmkit.loyalty..", "org.crmkit.tier..",
                    "org.crmkit.value..", "org.crmkit.complaint..", "org.crmkit.segment..", "org.crmkit.commerce..")
            .because("earning rules serve loyalty (points) and tier (growth value) alike");

    @ArchTest
    static final ArchRule loyalty_and_tier_do_not_know_each_other = noClasses()
            .that().resideInAPackage("org.crmkit.loyalty..").should().dependOnClassesThat().resideInAPackage("org.crmkit.tier..")
            .orShould().dependOnClassesThat().resideInAPackage("org.crmkit.value..")
            .because("points learn a member's tier through the TierLookup port, wired outside both contexts");

    @ArchTest
    static final ArchRule tier_does_not_know_loyalty = noClasses()
            .that().resideInAPackage("org.crmkit.tier..").should().dependOnClassesThat().resideInAnyPackage("org.crmkit.loyalty..",
                    "org.crmkit.value..")
            .because("growth value is rated by the earning context, not by loyalty");

    @ArchTest
    static final ArchRule value_drives_no_other_context = noClasses()
            .that().resideInAPackage("org.crmkit.value..")
            .should().dependOnClassesThat().resideInAnyPackage("org.crmkit.loyalty..", "org.crmkit.tier..", "org.crmkit.complaint..",
                    "org.crmkit.segment..", "org.crmkit.commerce..")
            .because("a purchase reaches points and growth through the one door, crm.commerce(), not through the history");

    @ArchTest
    static final ArchRule no_context_depends_on_the_one_door = noClasses()
            .that().resideInAnyPackage("org.crmkit.customer..", "org.crmkit.earning..", "org.crmkit.loyalty..", "org.crmkit.tier..",
                    "org.crmkit.value..", "org.crmkit.complaint..", "org.crmkit.segment..", "org.crmkit.offer..", "org.crmkit.shared..")
            .should().dependOnClassesThat().resideInAPackage("org.crmkit.commerce..")
            .because("commerce composes the contexts; a context that called it would close a loop");

    @ArchTest
    static final ArchRule contexts_do_not_know_the_adapters = noClasses()
            .that().resideInAnyPackage("org.crmkit.customer..", "org.crmkit.earning..", "org.crmkit.loyalty..", "org.crmkit.tier..",
                    "org.crmkit.value..", "org.crmkit.complaint..", "org.crmkit.segment..", "org.crmkit.offer..", "org.crmkit.commerce..",
                    "org.crmkit.shared..", "org.crmkit.marketing..")
            .should().dependOnClassesThat().resideInAPackage("org.crmkit.inmemory..")
            .because("adapters implement the ports; the contexts never name them");

    @ArchTest
    static final ArchRule only_commerce_sees_the_offers = noClasses()
            .that().resideInAnyPackage("org.crmkit.customer..", "org.crmkit.earning..", "org.crmkit.loyalty..", "org.crmkit.tier..",
                    "org.crmkit.value..", "org.crmkit.complaint..", "org.crmkit.segment..", "org.crmkit.shared..")
            .should().dependOnClassesThat().resideInAPackage("org.crmkit.offer..")
            .because("offers read tiers, spend points and issue to segments; those contexts never call back into an offer");

    // marketing (reviews, surveys): reads purchases (value), pays points (loyalty), sees customers;
    // it sits above the contexts it reads, and no context below it, nor commerce, calls back into it
    @ArchTest
    static final ArchRule marketing_sits_above_the_contexts_it_reads = noClasses()
            .that().resideInAnyPackage("org.crmkit.customer..", "org.crmkit.earning..", "org.crmkit.loyalty..", "org.crmkit.tier..",
                    "org.crmkit.value..", "org.crmkit.complaint..", "org.crmkit.segment..", "org.crmkit.offer..", "org.crmkit.commerce..",
                    "org.crmkit.shared..")
            .should().dependOnClassesThat().resideInAPackage("org.crmkit.marketing..")
            .because("marketing reads purchases, customers and points; those contexts and the one door never call back into it");

    @ArchTest
    static final ArchRule sales_reads_only_customers_and_the_purchase_history = noClasses()
            .that().resideInAPackage("org.crmkit.sales..")
            .should().dependOnClassesThat().resideInAnyPackage("org.crmkit.loyalty..", "org.crmkit.tier..", "org.crmkit.complaint..",
                    "org.crmkit.segment..", "org.crmkit.offer..", "org.crmkit.earning..", "org.crmkit.commerce..", "org.crmkit.marketing..",
                    "org.crmkit.value.scoring..", "org.crmkit.value.btyd..")
            .because("sales follows up leads and accounts; it reads customers and the purchase history, and drives no other context");

    @ArchTest
    static final ArchRule no_context_depends_on_sales = noClasses()
            .that().resideInAnyPackage("org.crmkit.customer..", "org.crmkit.earning..", "org.crmkit.loyalty..", "org.crmkit.tier..",
                    "org.crmkit.value..", "org.crmkit.complaint..", "org.crmkit.segment..", "org.crmkit.offer..", "org.crmkit.commerce..",
                    "org.crmkit.shared..")
            .should().dependOnClassesThat().resideInAPackage("org.crmkit.sales..")
            .because("sales sits beside commerce at the top: nothing below it, and not the one door, may call into it");
}
