package org.crmkit.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmkit.Crm;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerService;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.Gender;
import org.crmkit.customer.InteractionChannel;
import org.crmkit.customer.InteractionDirection;
import org.crmkit.customer.InteractionType;
import org.crmkit.customer.RecordInteraction;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * The main job: opens (or creates) an embedded H2 file database, registers a few customers of a
 * demo shop unless they are already there, records an interaction for each, and prints the
 * customers and the events waiting in the outbox.
 *
 * <p>Run with {@code mvn -B -q -DskipTests package exec:java -pl examples -am}; pass a directory
 * as the first argument to keep the database elsewhere than {@code ./data}.
 */
public final class Demo {

    private static final TenantId SHOP = TenantId.of("demo-shop");

    private Demo() {}

    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j"); // Hibernate Validator logs through SLF4J too
        Path directory = Path.of(args.length > 0 ? args[0] : "data").toAbsolutePath();
        try (HikariDataSource dataSource = h2File(directory.resolve("crmkit-demo"))) {
            Crm crm = Crm.builder().storage(JdbcStorage.create(dataSource)).build();
            run(crm, directory);
        }
    }

    static void run(Crm crm, Path directory) {
        CustomerService customers = crm.customers();
        System.out.println("crmkit demo: H2 database in " + directory);

        List<RegisterCustomer> sample = List.of(
                new RegisterCustomer(SHOP, null, "李雷", List.of(ContactPoint.verified(ContactType.MOBILE, "138 0013 8000")),
                        new Demographics(LocalDate.of(1990, 5, 20), Gender.MALE, "广东", "深圳", "engineer"),
                        Map.of("size", "L"), Set.of("nuts-lover"), SourceChannel.APP, null, null),
                new RegisterCustomer(SHOP, null, "Han Meimei", List.of(ContactPoint.of(ContactType.EMAIL, "Han.Meimei@Example.com")),
                        null, null, Set.of("double-11"), SourceChannel.ONLINE_STORE, null, null),
                new RegisterCustomer(SHOP, null, "Лена 😀", List.of(ContactPoint.of(ContactType.MOBILE, "+7 916 123-45-67")),
                        null, null, null, SourceChannel.REFERRAL, null, null));

        for (RegisterCustomer command : sample) {
            ContactPoint key = command.contacts().get(0);
            Customer customer = customers.findByContact(SHOP, key.type(), key.value())
                    .orElseGet(() -> customers.register(command));
            customers.recordInteraction(new RecordInteraction(SHOP, customer.id(), InteractionChannel.ONLINE_CHAT,
                    InteractionDirection.INBOUND, InteractionType.INQUIRY, null, "bot-1", "asked about delivery times"));
        }

        System.out.println();
        System.out.printf("%-38s %-14s %-12s %-10s %s%n", "customer id", "name", "source", "stage", "interactions");
        PageRequest request = PageRequest.first(100);
        while (true) {
            Page<Customer> page = customers.list(SHOP, request);
            for (Customer c : page.items()) {
                long interactions = customers.export(SHOP, c.id()).interactions().size();
                System.out.printf("%-38s %-14s %-12s %-10s %d%n", c.id(), c.displayName(), c.sourceChannel(), c.stage(), interactions);
            }
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = PageRequest.after(page.nextCursor().get(), 100);
        }

        System.out.println();
        System.out.println("events waiting in the outbox: " + crm.outbox().pending());
        int drained = crm.outbox().drain(1000, event -> System.out.println("  drained " + event.type() + " " + event.aggregateId()));
        System.out.println("drained " + drained + " events; run again and the same customers are found, not duplicated");
    }

    private static HikariDataSource h2File(Path file) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + file);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }
}
