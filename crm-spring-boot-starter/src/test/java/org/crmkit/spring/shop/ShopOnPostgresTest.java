package org.crmkit.spring.shop;

import org.crmkit.jdbc.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shop's scenarios on a fresh database of a real PostgreSQL server. */
class ShopOnPostgresTest extends ShopWithCrmkitScenarios {

    @DynamicPropertySource
    static void freshPostgres(DynamicPropertyRegistry properties) {
        String url = TestDatabases.freshPostgresUrl();
        properties.add("spring.datasource.url", () -> url);
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "postgres");
    }
}
