/**
 * Loyalty extension points: expiry policies and earning rules. Stable contracts; implementations
 * are discovered with {@link java.util.ServiceLoader} and can be passed to {@code Crm.builder()}.
 */
@NullMarked
package org.crmkit.loyalty.spi;

import org.jspecify.annotations.NullMarked;
