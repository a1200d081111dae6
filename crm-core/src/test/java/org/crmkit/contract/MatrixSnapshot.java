package org.crmkit.contract;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.crmkit.Crm;
import org.crmkit.customer.Customer;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * Everything the public read API shows about a scene's tenant, as plain maps, lists and values
 * that compare with {@code equals}: the privacy export of every customer (profile, interactions,
 * ledger, tiers, cases, surveys, purchases, owned cards), Li's balance, the programmes, the ladder, the
 * case policy, the tenant's stored-value totals and everything the sales service shows. Two equal snapshots mean nothing readable was written in between.
 */
final class MatrixSnapshot {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private MatrixSnapshot() {}

    static Map<String, Object> of(Crm crm, MatrixScene scene) {
        TenantId tenant = scene.tenant();
        Map<String, Object> snapshot = new LinkedHashMap<>();
        List<Customer> customers = new ArrayList<>(crm.customers().list(tenant, PageRequest.first(100)).items());
        customers.sort(Comparator.comparing(c -> c.id().value()));
        for (Customer customer : customers) {
            snapshot.put("customer " + customer.displayName(), plain(crm.privacy().exportDocument(tenant, customer.id())));
        }
        snapshot.put("balance", plain(crm.loyalty().balance(tenant, scene.li(), MatrixScene.PROGRAMME)));
        snapshot.put("programme", plain(crm.loyalty().programme(tenant, MatrixScene.PROGRAMME)));
        snapshot.put("summer programme", plain(crm.loyalty().programme(tenant, ProgrammeId.of("summer"))));
        snapshot.put("ladder", plain(crm.tiers().ladder(tenant, MatrixScene.PROGRAMME)));
        snapshot.put("case policy", plain(crm.complaints().policy(tenant)));
        snapshot.put("stored value", plain(crm.storedValue().totals(tenant)));
        snapshot.put("rating", plain(crm.reviews().rating(tenant, MatrixEngagementCommands.SKU)));
        snapshot.put("survey", plain(crm.surveys().survey(tenant, MatrixEngagementCommands.SURVEY)));
        snapshot.put("churn reasons", plain(crm.customers().churnReasonReport(tenant, java.time.LocalDate.of(2000, 1, 1),
                java.time.LocalDate.of(2100, 1, 1))));
        snapshot.put("sales", plain(sales(crm, tenant)));
        return snapshot;
    }

    /** Everything the sales service shows of the tenant: leads, opportunities with their histories, tasks, accounts with their invoices, the funnel. */
    private static Map<String, Object> sales(Crm crm, TenantId tenant) {
        Map<String, Object> sales = new LinkedHashMap<>();
        sales.put("leads", crm.sales().leads(tenant, PageRequest.first(100)).items());
        List<Object> opportunities = new ArrayList<>();
        crm.sales().opportunities(tenant, PageRequest.first(100)).items()
                .forEach(o -> opportunities.add(List.of(o, crm.sales().history(tenant, o.opportunityId()))));
        sales.put("opportunities", opportunities);
        sales.put("tasks", crm.sales().tasks(tenant, PageRequest.first(100)).items());
        List<Object> accounts = new ArrayList<>();
        crm.sales().accounts(tenant, PageRequest.first(100)).items().forEach(a -> accounts.add(List.of(a,
                crm.sales().invoices(tenant, a.accountId(), java.time.LocalDate.of(1900, 1, 1), java.time.LocalDate.of(9999, 12, 31)))));
        sales.put("accounts", accounts);
        sales.put("funnel", crm.sales().funnel(tenant));
        return sales;
    }

    /** Every string, map key and number (numbers in one canonical form) in a snapshot. */
    static Set<String> leaves(Object plain) {
        Set<String> leaves = new HashSet<>();
        collect(plain, leaves);
        return leaves;
    }

    /** A number's canonical form: {@code 1.50} and {@code 1.5} are the same amount. */
    static String canonical(Object number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(number);
    }

    private static void collect(Object value, Set<String> leaves) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                collect(k, leaves);
                collect(v, leaves);
            });
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, leaves));
        } else if (value instanceof String text) {
            leaves.add(text);
            if (NUMBER.matcher(text).matches()) {
                leaves.add(canonical(new BigDecimal(text)));
            }
        } else if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer || value instanceof Double) {
            leaves.add(canonical(value instanceof BigDecimal ? value : new BigDecimal(String.valueOf(value))));
            leaves.add(String.valueOf(value));
        }
    }

    /** The value as maps (records by component, maps by key), lists and values with a stable {@code equals}. */
    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            return value;
        } else if (value instanceof Optional<?> optional) {
            return plain(optional.orElse(null));
        } else if (value instanceof Record record) {
            Map<String, Object> parts = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                parts.put(component.getName(), plain(CommandFields.read(record, component)));
            }
            return parts;
        } else if (value instanceof Map<?, ?> map) {
            Map<Object, Object> sorted = new LinkedHashMap<>();
            map.entrySet().stream().sorted(Comparator.comparing(e -> String.valueOf(e.getKey())))
                    .forEach(e -> sorted.put(plain(e.getKey()), plain(e.getValue())));
            return sorted;
        } else if (value instanceof List<?> list) {
            return list.stream().map(MatrixSnapshot::plain).toList();
        } else if (value instanceof Collection<?> set) {
            return set.stream().map(MatrixSnapshot::plain).sorted(Comparator.comparing(String::valueOf)).toList();
        }
        String shown = String.valueOf(value);
        return shown.matches(".*@[0-9a-f]+$") ? value.getClass().getName().replaceAll("\\$\\$Lambda.*", "$$Lambda") : shown;
    }
}
