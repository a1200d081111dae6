/**
 * Plug-ins of the offer context: {@link org.crmkit.offer.spi.MemberPricing} gives each cart line its
 * member price. Pass one to {@code Crm.builder()} or list it in {@code
 * META-INF/services/org.crmkit.offer.spi.MemberPricing}.
 */
@NullMarked
package org.crmkit.offer.spi;

import org.jspecify.annotations.NullMarked;
