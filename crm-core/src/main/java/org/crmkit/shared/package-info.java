/**
 * The shared kernel: identifiers, {@link org.crmkit.shared.Money}, domain events, paging,
 * the exception hierarchy and the ports every context uses (transactions, events).
 *
 * <p>Every public type here is part of crmkit's stable API.
 */
@NullMarked
package org.crmkit.shared;

import org.jspecify.annotations.NullMarked;
