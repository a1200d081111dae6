/**
 * crmkit: an embeddable CRM domain library. Start at {@link org.crmkit.Crm#builder()}.
 */
@NullMarked
package org.crmkit;

import org.jspecify.annotations.NullMarked;
