/**
 * crmkit: an embeddable CRM domain library. Start at {@link org.crmkit.Crm#builder()}.
 */
package org.crmkit;
