package org.crmkit.spring;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.jdbc.TestDatabases;
import org.crmkit.shared.TenantId;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures, not tests: how long the job tests' application takes to start on a fresh in-memory
 * H2 database with crmkit and without it (crmkit's auto-configurations excluded), alternating
 * the two, after one warm-up start of each; prints each start and the medians, then the crmkit
 * meters one started instance exposes. Run from the starter's test class path (README, "Spring
 * Boot").
 */
public final class StartTime {

    private static final String CRMKIT = "org.crmkit.spring.CrmAutoConfiguration,org.crmkit.spring.CrmJobsAutoConfiguration,"
            + "org.crmkit.spring.CrmHealthAutoConfiguration,org.crmkit.spring.CrmMetricsAutoConfiguration";

    private StartTime() {}

    /**
     * Starts the application {@code args[0]} times (5 if not given) each way.
     *
     * @param args the number of measured starts of each kind
     */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        start(true).close();
        start(false).close();
        List<Long> with = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            with.add(timed(true));
            without.add(timed(false));
        }
        System.out.printf("with crmkit:    %s ms, median %d ms%n", with, median(with));
        System.out.printf("without crmkit: %s ms, median %d ms%n", without, median(without));
        try (ConfigurableApplicationContext app = start(true)) {
            app.getBean(Crm.class).customers().register(RegisterCustomer.of(TenantId.of("shop"), "Li Lei", SourceChannel.APP));
            app.getBean(CrmJobs.class).runDue();
            app.getBean(MeterRegistry.class).getMeters().stream().map(meter -> meter.getId().getName() + " " + meter.getId().getTags())
                    .filter(name -> name.startsWith("crmkit")).sorted().forEach(System.out::println);
        }
    }

    private static long timed(boolean crmkit) {
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = start(crmkit)) {
            return (System.nanoTime() - started) / 1_000_000;
        }
    }

    private static ConfigurableApplicationContext start(boolean crmkit) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", TestDatabases.freshH2Url());
        properties.put("spring.main.web-application-type", "none");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.flyway.enabled", "false");
        properties.put("spring.liquibase.enabled", "false");
        properties.put("crmkit.jobs.poll", "PT1H");
        properties.put("logging.level.root", "warn");
        if (!crmkit) {
            properties.put("spring.autoconfigure.exclude", CRMKIT);
        }
        return new SpringApplicationBuilder(JobsApplication.class).properties(properties).run();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
