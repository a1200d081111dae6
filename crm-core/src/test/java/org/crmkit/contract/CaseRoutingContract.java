package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.crmkit.Crm;
import org.crmkit.complaint.Assignee;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.OpenCase;
import org.crmkit.complaint.RoutingRule;
import org.crmkit.complaint.RoutingTable;
import org.crmkit.complaint.spi.CaseRouter;
import org.crmkit.complaint.spi.Route;
import org.crmkit.complaint.spi.RoutingFacts;
import org.junit.jupiter.api.Test;

/** Routing new cases: a plug-in router first, then the tenant's table (first match wins), then the default queue. */
public abstract class CaseRoutingContract extends CaseFixture {

    @Override
    protected Crm.Builder configure(Crm.Builder builder) {
        return builder.caseRouter(new CaseRouter() {
            @Override
            public String name() {
                return "workforce";
            }

            @Override
            public Optional<Route> route(RoutingFacts facts) {
                return "large-appliance".equals(facts.category())
                        ? Optional.of(new Route(Assignee.of("installers", "agent-chen"), "least busy installer"))
                        : Optional.empty();
            }
        });
    }

    private void defineTable() {
        complaints.definePolicy(policy().withRouting(new RoutingTable(List.of(
                RoutingRule.type(CaseType.REPAIR, "repairs"),
                RoutingRule.category("food-safety", "quality"),
                new RoutingRule(null, null, CaseChannel.PHONE, "Zhejiang", null, Assignee.team("hangzhou-hotline")),
                RoutingRule.tier("gold", "vip-care"),
                RoutingRule.type(CaseType.COMPLAINT, "complaints")), "front-desk")));
    }

    private Assignee routed(OpenCase command) {
        return complaints.open(command).assignee();
    }

    @Test
    void the_first_matching_rule_assigns_the_case() {
        // given
        defineTable();
        makeGold(han);

        // when / then
        assertThat(routed(request(CaseType.REPAIR, "food-safety"))).isEqualTo(Assignee.team("repairs"));
        assertThat(routed(request(CaseType.COMPLAINT, "food-safety"))).isEqualTo(Assignee.team("quality"));
        assertThat(routed(request(CaseType.RETURN, "delivery").fromRegion("Zhejiang"))).isEqualTo(Assignee.team("hangzhou-hotline"));
        assertThat(routed(complaint(han))).isEqualTo(Assignee.team("vip-care"));
        assertThat(routed(complaint(li))).isEqualTo(Assignee.team("complaints"));
    }

    @Test
    void a_case_no_rule_matches_goes_to_the_default_queue_with_the_reason_in_the_audit_trail() {
        // given
        defineTable();

        // when
        Case inquiry = complaints.open(request(CaseType.INQUIRY, "price"));

        // then
        assertThat(inquiry.assignee()).isEqualTo(Assignee.team("front-desk"));
        assertThat(auditOf(inquiry).get(0).note()).isEqualTo("no routing rule matched: default queue");
    }

    @Test
    void a_plug_in_router_answers_before_the_table_and_its_reason_is_kept() {
        // given
        defineTable();

        // when
        Case install = complaints.open(request(CaseType.REPAIR, "large-appliance"));

        // then
        assertThat(install.assignee()).isEqualTo(Assignee.of("installers", "agent-chen"));
        assertThat(auditOf(install).get(0).note()).isEqualTo("router workforce: least busy installer");
    }
}
