/**
 * Extension points of the segment context: criteria of your own ({@link org.crmkit.segment.spi.Criterion})
 * over the facts crmkit knows about a customer. Every interface here is a stable contract.
 */
@NullMarked
package org.crmkit.segment.spi;

import org.jspecify.annotations.NullMarked;
