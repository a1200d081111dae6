package org.crmkit.spring.shop;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crmkit.earning.Contribution;
import org.crmkit.loyalty.spi.EarningRule;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/** A host application: its own Flyway migration and {@code @Transactional} service, crmkit by the starter. */
@SpringBootApplication
public class ShopApplication {

    /** The fixed time of the shop's clock, which crmkit must use. */
    public static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    /** The shop's clock. */
    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** The names of the earning rules in the order crmkit ran them. */
    @Bean
    List<String> earningRulesRun() {
        return new CopyOnWriteArrayList<>();
    }

    /** Declared first, ordered second. */
    @Bean
    @Order(2)
    EarningRule weekendBonus(List<String> earningRulesRun) {
        return new RecordingRule("weekend-bonus", earningRulesRun);
    }

    /** Declared second, ordered first. */
    @Bean
    @Order(1)
    EarningRule birthdayBonus(List<String> earningRulesRun) {
        return new RecordingRule("birthday-bonus", earningRulesRun);
    }

    private record RecordingRule(String name, List<String> run) implements EarningRule {
        @Override
        public Contribution apply(org.crmkit.loyalty.spi.EarningContext context) {
            run.add(name);
            return Contribution.none(name);
        }
    }
}
