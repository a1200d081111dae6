package org.crmkit.examples;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.validation.Validation;
import java.time.Clock;
import java.util.Map;
import org.crmkit.Crm;
import org.crmkit.customer.ChangeStage;
import org.crmkit.customer.ChangeTags;
import org.crmkit.customer.ContactPoint;
import org.crmkit.customer.ContactType;
import org.crmkit.customer.Customer;
import org.crmkit.customer.Interaction;
import org.crmkit.customer.InteractionChannel;
import org.crmkit.customer.InteractionDirection;
import org.crmkit.customer.InteractionType;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.RecordInteraction;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * The README's quick start, kept compiling and run by a test: every line of the README's snippet
 * appears here in the same order ({@code QuickStartReadmeTest}).
 */
public final class QuickStart {

    private QuickStart() {}

    /** Runs the quick start on an in-memory H2 database and returns the export document. */
    public static Map<String, Object> run() {
        return run("jdbc:h2:mem:quickstart-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0");
    }

    /** Runs the quick start on the database at {@code jdbcUrl} and returns the export document. */
    public static Map<String, Object> run(String jdbcUrl) {
        try (HikariDataSource dataSource = new HikariDataSource()) {   // pool: com.zaxxer:HikariCP
            dataSource.setJdbcUrl(jdbcUrl);   // driver: com.h2database:h2 for jdbc:h2:..., org.postgresql:postgresql for jdbc:postgresql:...
            Crm crm = Crm.builder()
                    .storage(JdbcStorage.create(dataSource))   // detects H2/PostgreSQL, applies migrations
                    .validator(Validation.buildDefaultValidatorFactory().getValidator())   // hibernate-validator + expressly
                    .clock(Clock.systemUTC())
                    .build();
            TenantId shop = TenantId.of("my-shop");

            Customer li = crm.customers().register(RegisterCustomer.of(shop, "李雷", SourceChannel.APP,
                    ContactPoint.verified(ContactType.MOBILE, "138 0013 8000")));
            crm.customers().changeStage(ChangeStage.to(shop, li.id(), LifecycleStage.QUALIFIED));
            crm.customers().addTags(ChangeTags.of(shop, li.id(), "nuts-lover"));
            crm.customers().recordInteraction(new RecordInteraction(shop, li.id(), InteractionChannel.ONLINE_CHAT,
                    InteractionDirection.INBOUND, InteractionType.INQUIRY, null, "bot-1", "asked about delivery"));

            Customer found = crm.customers().findByContact(shop, ContactType.MOBILE, "+86 138-0013-8000").orElseThrow();
            Page<Interaction> timeline = crm.customers().interactions(shop, found.id(), PageRequest.first(20));
            Map<String, Object> everything = crm.customers().export(shop, found.id()).toDocument();
            crm.customers().erase(shop, found.id());           // the profile part; crm.privacy() erases every context

            crm.outbox().drain(100, event -> System.out.println(event.type()));  // hand events to your broker
            System.out.println("timeline entries: " + timeline.items().size());
            return everything;
        }
    }

    /** Runs the quick start on an in-memory H2 database and prints the export document. */
    public static void main(String[] args) {
        System.out.println(run());
    }
}
