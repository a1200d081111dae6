/**
 * Privacy rights over every context: export of everything held about a customer and erasure of
 * their personal data ({@link org.crmkit.privacy.PrivacyService}, from {@code Crm.privacy()}). A
 * top-level consumer: it may use every context; no context uses it.
 */
@NullMarked
package org.crmkit.privacy;

import org.jspecify.annotations.NullMarked;
