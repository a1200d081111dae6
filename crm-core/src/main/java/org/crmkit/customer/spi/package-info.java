/**
 * Extension points of the customer context: {@link org.crmkit.customer.spi.LifecyclePolicy}
 * decides the automatic lifecycle moves that purchases and scoring runs make.
 */
@NullMarked
package org.crmkit.customer.spi;

import org.jspecify.annotations.NullMarked;
