/**
 * The sales context's plug-ins: {@link org.crmkit.sales.spi.CreditPolicy}, which decides a business
 * account's credit terms from its payment history.
 *
 * @since 0.2
 */
@NullMarked
package org.crmkit.sales.spi;

import org.jspecify.annotations.NullMarked;
