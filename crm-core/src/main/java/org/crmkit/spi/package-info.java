/**
 * Extension points of the whole library: the storage a {@code Crm} runs on ({@link
 * org.crmkit.spi.CrmStorage}) and how page cursors are encoded. Every interface here is a stable
 * contract. Each context's rule plug-ins live in its own {@code spi} package; all of them are
 * assembled by one rule, explicit ({@code Crm.builder()}) beats discovered ({@link
 * java.util.ServiceLoader}) beats built-in: see {@link org.crmkit.shared.Plugins}.
 */
@NullMarked
package org.crmkit.spi;

import org.jspecify.annotations.NullMarked;
