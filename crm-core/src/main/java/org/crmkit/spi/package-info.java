/**
 * Extension points: storages and (in later versions) rule plug-ins. Every interface here is a
 * stable contract. Plug-ins are discovered with {@link java.util.ServiceLoader} and can also be
 * passed to {@code Crm.builder()}, which takes precedence.
 */
package org.crmkit.spi;
