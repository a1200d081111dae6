/**
 * The customer context (客户档案, 客户识别, 接触点): profiles with contacts, demographics,
 * preferences, tags and marketing consent; the lifecycle stage; the interaction timeline; export
 * and erasure of a customer's personal data.
 *
 * <p>{@link org.crmkit.customer.CustomerService} is the context's public API; {@link
 * org.crmkit.customer.CustomerRepository} and {@link org.crmkit.customer.InteractionLog} are its
 * ports.
 */
@NullMarked
package org.crmkit.customer;

import org.jspecify.annotations.NullMarked;
