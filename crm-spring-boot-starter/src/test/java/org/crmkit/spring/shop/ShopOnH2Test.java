package org.crmkit.spring.shop;

import org.crmkit.jdbc.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shop's scenarios on a fresh in-memory H2 database. */
class ShopOnH2Test extends ShopWithCrmkitScenarios {

    @DynamicPropertySource
    static void freshH2(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", TestDatabases::freshH2Url);
    }
}
