/**
 * Spring Boot auto-configuration of crmkit: add {@code crm-spring-boot-starter} and inject {@link
 * org.crmkit.Crm}. See {@link org.crmkit.spring.CrmAutoConfiguration} for what it sets up and
 * {@link org.crmkit.spring.CrmProperties} for the {@code crmkit.*} settings.
 *
 * @since 0.1
 */
@NullMarked
package org.crmkit.spring;

import org.jspecify.annotations.NullMarked;
