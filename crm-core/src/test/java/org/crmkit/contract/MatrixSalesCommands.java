package org.crmkit.contract;

import static org.crmkit.contract.MatrixScene.cny;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.crmkit.customer.SourceChannel;
import org.crmkit.sales.AddContact;
import org.crmkit.sales.AddLeadNote;
import org.crmkit.sales.BusinessAccount;
import org.crmkit.sales.CaptureLead;
import org.crmkit.sales.CloseTask;
import org.crmkit.sales.ConvertLead;
import org.crmkit.sales.DefineFunnel;
import org.crmkit.sales.DisqualifyLead;
import org.crmkit.sales.Lead;
import org.crmkit.sales.MoveOpportunity;
import org.crmkit.sales.OpenAccount;
import org.crmkit.sales.OpenOpportunity;
import org.crmkit.sales.Opportunity;
import org.crmkit.sales.PlanOpportunity;
import org.crmkit.sales.QualifyLead;
import org.crmkit.sales.RecordInvoice;
import org.crmkit.sales.RecordInvoicePayment;
import org.crmkit.sales.RemoveContact;
import org.crmkit.sales.ScheduleTask;
import org.crmkit.sales.TaskStatus;

/** The command matrix's cases for the sales service: each base captures a lead, opens an opportunity or an account first where it needs one. */
final class MatrixSalesCommands {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 20);

    private MatrixSalesCommands() {}

    private static CaptureLead capture(MatrixScene s) {
        return new CaptureLead(s.tenant(), "lead-1", "Wang Fang", "+86 139 0000 0000", "trade-fair", List.of("green tea"), "liu", "first call");
    }

    private static Lead lead(MatrixScene s) {
        return s.crm().sales().capture(capture(s));
    }

    private static OpenOpportunity opening(MatrixScene s) {
        return new OpenOpportunity(s.tenant(), "opp-1", "tea for the office", "liu", "web", s.li(), null, cny("800.00"), 40, "send a quote",
                DAY);
    }

    private static Opportunity opportunity(MatrixScene s) {
        return s.crm().sales().open(opening(s));
    }

    private static BusinessAccount account(MatrixScene s) {
        return s.crm().sales().openAccount(new OpenAccount(s.tenant(), "acc-1", "Hangzhou Tea Co.", "liu", Currency.getInstance("CNY")));
    }

    static void add(Map<String, MatrixCommands.CommandCase> all) {
        all.put("SalesService.capture(CaptureLead)", new MatrixCommands.CommandCase(MatrixSalesCommands::capture,
                (crm, s, c) -> crm.sales().capture((CaptureLead) c)));
        all.put("SalesService.addNote(AddLeadNote)", new MatrixCommands.CommandCase(s -> new AddLeadNote(s.tenant(), lead(s).leadId(), 1,
                "liu", "prefers oolong"), (crm, s, c) -> crm.sales().addNote((AddLeadNote) c)));
        all.put("SalesService.qualify(QualifyLead)", new MatrixCommands.CommandCase(s -> new QualifyLead(s.tenant(), "q-1", lead(s).leadId(),
                1, "tea for the office", cny("500.00"), 30, "send a quote", DAY), (crm, s, c) -> crm.sales().qualify((QualifyLead) c)));
        all.put("SalesService.disqualify(DisqualifyLead)", new MatrixCommands.CommandCase(s -> new DisqualifyLead(s.tenant(),
                lead(s).leadId(), 1, "no budget"), (crm, s, c) -> crm.sales().disqualify((DisqualifyLead) c)));
        all.put("SalesService.convert(ConvertLead)", new MatrixCommands.CommandCase(s -> new ConvertLead(s.tenant(), "conv-1",
                lead(s).leadId(), 1, null, SourceChannel.CAMPAIGN), (crm, s, c) -> crm.sales().convert((ConvertLead) c)));
        all.put("SalesService.open(OpenOpportunity)", new MatrixCommands.CommandCase(MatrixSalesCommands::opening,
                (crm, s, c) -> crm.sales().open((OpenOpportunity) c)));
        all.put("SalesService.move(MoveOpportunity)", new MatrixCommands.CommandCase(s -> new MoveOpportunity(s.tenant(),
                opportunity(s).opportunityId(), 1, "LOST", "went to a rival"), (crm, s, c) -> crm.sales().move((MoveOpportunity) c)));
        all.put("SalesService.plan(PlanOpportunity)", new MatrixCommands.CommandCase(s -> new PlanOpportunity(s.tenant(),
                opportunity(s).opportunityId(), 1, "zhao", cny("900.00"), 60, "visit", DAY), (crm, s, c) -> crm.sales().plan((PlanOpportunity) c)));
        all.put("SalesService.defineFunnel(DefineFunnel)", new MatrixCommands.CommandCase(s -> new DefineFunnel(s.tenant(),
                List.of("CONTACTED", "DEMO")), (crm, s, c) -> crm.sales().defineFunnel((DefineFunnel) c)));
        all.put("SalesService.schedule(ScheduleTask)", new MatrixCommands.CommandCase(s -> new ScheduleTask(s.tenant(), "task-1",
                "call back", "liu", null, null, null, s.li(), LocalDateTime.of(2025, 5, 21, 9, 30), 30),
                (crm, s, c) -> crm.sales().schedule((ScheduleTask) c)));
        all.put("SalesService.close(CloseTask)", new MatrixCommands.CommandCase(s -> new CloseTask(s.tenant(), s.crm().sales().schedule(
                new ScheduleTask(s.tenant(), "task-1", "call back", "liu", null, null, null, s.li(), LocalDateTime.of(2025, 5, 21, 9, 30), 30))
                .taskId(), TaskStatus.DONE, "ordered 50 boxes"), (crm, s, c) -> crm.sales().close((CloseTask) c)));
        all.put("SalesService.openAccount(OpenAccount)", new MatrixCommands.CommandCase(s -> new OpenAccount(s.tenant(), "acc-1",
                "Hangzhou Tea Co.", "liu", Currency.getInstance("CNY")), (crm, s, c) -> crm.sales().openAccount((OpenAccount) c)));
        all.put("SalesService.addContact(AddContact)", new MatrixCommands.CommandCase(s -> new AddContact(s.tenant(), account(s).accountId(),
                1, s.li(), "Li Lei", "buyer", "+86 571 1111", "li@tea.example"), (crm, s, c) -> crm.sales().addContact((AddContact) c)));
        all.put("SalesService.removeContact(RemoveContact)", new MatrixCommands.CommandCase(s -> {
            BusinessAccount account = account(s);
            BusinessAccount withContact = s.crm().sales().addContact(new AddContact(s.tenant(), account.accountId(), 1, null, "Chen Jie",
                    "finance", null, null));
            return new RemoveContact(s.tenant(), account.accountId(), 2, withContact.contacts().get(0).contactId());
        }, (crm, s, c) -> crm.sales().removeContact((RemoveContact) c)));
        all.put("SalesService.recordInvoice(RecordInvoice)", new MatrixCommands.CommandCase(s -> new RecordInvoice(s.tenant(),
                account(s).accountId(), "INV-1", cny("1200.00"), DAY, DAY.plusDays(30), null),
                (crm, s, c) -> crm.sales().recordInvoice((RecordInvoice) c)));
        all.put("SalesService.recordPayment(RecordInvoicePayment)", new MatrixCommands.CommandCase(s -> {
            BusinessAccount account = account(s);
            s.crm().sales().recordInvoice(new RecordInvoice(s.tenant(), account.accountId(), "INV-1", cny("1200.00"), DAY, DAY.plusDays(30),
                    null));
            return new RecordInvoicePayment(s.tenant(), account.accountId(), "INV-1", DAY.plusDays(10));
        }, (crm, s, c) -> crm.sales().recordPayment((RecordInvoicePayment) c)));
    }
}
