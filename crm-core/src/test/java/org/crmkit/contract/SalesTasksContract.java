package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crmkit.customer.SourceChannel;
import org.crmkit.sales.CloseTask;
import org.crmkit.sales.ConvertLead;
import org.crmkit.sales.FollowUpTask;
import org.crmkit.sales.Lead;
import org.crmkit.sales.ScheduleTask;
import org.crmkit.sales.TaskClosed;
import org.crmkit.sales.TaskReminderDue;
import org.crmkit.sales.TaskScheduled;
import org.crmkit.sales.TaskStatus;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.spi.CrmStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Follow-up tasks (跟踪回访): due times in the tenant's zone, one reminder per task across shards and concurrent runs, closing. */
public abstract class SalesTasksContract {

    /** 2025-06-02 09:30 in Shanghai (UTC+8). */
    private static final LocalDateTime DUE = LocalDateTime.parse("2025-06-02T09:30");
    private static final Instant DUE_INSTANT = Instant.parse("2025-06-02T01:30:00Z");

    private SalesScene scene;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void openTheScene() {
        scene = new SalesScene(storage());
        scene.events();
    }

    private ScheduleTask task(String key) {
        return new ScheduleTask(scene.tenant, key, "call back about the quote", "liu", null, null, null, null, DUE, 30);
    }

    private List<String> remindedTasks() {
        return scene.events().stream().filter(TaskReminderDue.class::isInstance).map(DomainEvent::aggregateId).toList();
    }

    @Test
    void a_task_is_due_at_its_wall_clock_time_in_the_tenants_zone_and_reminds_before_it() {
        // when
        FollowUpTask task = scene.sales.schedule(task("t-1"));

        // then
        assertThat(task.dueAt()).isEqualTo(DUE_INSTANT);
        assertThat(task.remindAt()).isEqualTo(DUE_INSTANT.minus(Duration.ofMinutes(30)));
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.awaitsReminder()).isTrue();
        assertThat(scene.sales.task(scene.tenant, task.taskId())).contains(task);
        assertThat(scene.events()).singleElement().isInstanceOf(TaskScheduled.class);
    }

    @Test
    void the_reminder_is_sent_once_when_its_time_comes_and_never_again() {
        // given
        FollowUpTask task = scene.sales.schedule(task("t-1"));
        scene.events();

        // when
        scene.sales.dueReminders(task.remindAt().minusNanos(1000), 0, 1);
        List<String> early = remindedTasks();
        scene.sales.dueReminders(task.remindAt(), 0, 1);
        List<String> onTime = remindedTasks();
        scene.sales.dueReminders(task.dueAt().plus(Duration.ofDays(1)), 0, 1);
        List<String> later = remindedTasks();

        // then
        assertThat(early).isEmpty();
        assertThat(onTime).containsExactly(task.taskId());
        assertThat(later).isEmpty();
        assertThat(scene.sales.task(scene.tenant, task.taskId()).orElseThrow().remindedAt()).isEqualTo(task.remindAt());
    }

    @Test
    void four_shards_share_the_reminders_each_task_reminded_by_exactly_one() {
        // given
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ids.add(scene.sales.schedule(task("t-" + i)).taskId());
        }
        scene.events();

        // when
        List<String> reminded = new ArrayList<>();
        for (int shard = 0; shard < 4; shard++) {
            scene.sales.dueReminders(DUE_INSTANT, shard, 4);
            List<String> ofShard = remindedTasks();
            int s = shard;
            assertThat(ofShard).allSatisfy(id -> assertThat(FollowUpTask.shardHash(scene.tenant, id) % 4).isEqualTo(s));
            reminded.addAll(ofShard);
        }

        // then
        assertThat(reminded).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void two_concurrent_runs_of_every_shard_remind_each_task_once() throws Exception {
        // given
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(scene.sales.schedule(task("t-" + i)).taskId());
        }
        scene.events();
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int shard = i % 4;
            runs.add(() -> scene.sales.dueReminders(DUE_INSTANT, shard, 4));
        }

        // when
        SalesScene.Outcomes<Integer> outcomes = SalesScene.race(runs);

        // then
        assertThat(outcomes.failed()).isEmpty();
        assertThat(remindedTasks()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(scene.sales.tasks(scene.tenant, PageRequest.first(100)).items()).allSatisfy(t -> assertThat(t.awaitsReminder()).isFalse());
    }

    @Test
    void a_completed_or_cancelled_task_gets_no_reminder_and_closing_it_again_alike_changes_nothing() {
        // given
        FollowUpTask done = scene.sales.schedule(task("t-done"));
        FollowUpTask called = scene.sales.schedule(task("t-off"));
        scene.events();

        // when
        FollowUpTask completed = scene.sales.close(new CloseTask(scene.tenant, done.taskId(), TaskStatus.DONE, "ordered 50 boxes"));
        FollowUpTask again = scene.sales.close(new CloseTask(scene.tenant, done.taskId(), TaskStatus.DONE, "ordered 50 boxes"));
        FollowUpTask cancelled = scene.sales.close(new CloseTask(scene.tenant, called.taskId(), TaskStatus.CANCELLED, "customer away"));
        scene.sales.dueReminders(DUE_INSTANT, 0, 1);

        // then
        assertThat(again).isEqualTo(completed);
        assertThat(completed.outcome()).isEqualTo("ordered 50 boxes");
        assertThat(cancelled.status()).isEqualTo(TaskStatus.CANCELLED);
        List<DomainEvent> events = scene.events();
        assertThat(events).filteredOn(TaskClosed.class::isInstance).hasSize(2);
        assertThat(events).filteredOn(TaskReminderDue.class::isInstance).isEmpty();
        assertThatThrownBy(() -> scene.sales.close(new CloseTask(scene.tenant, done.taskId(), TaskStatus.CANCELLED, "x")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("DONE");
    }

    @Test
    void replaying_a_scheduling_returns_the_task_and_a_reused_key_is_refused() {
        // given
        FollowUpTask first = scene.sales.schedule(task("t-1"));

        // when
        FollowUpTask again = scene.sales.schedule(task("t-1"));

        // then
        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> scene.sales.schedule(new ScheduleTask(scene.tenant, "t-1", "another task", "liu", null, null, null, null,
                DUE, 0))).isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(scene.sales.tasks(scene.tenant, PageRequest.first(10)).items()).containsExactly(first);
    }

    @Test
    void a_task_on_a_converted_lead_concerns_its_customer_and_another_tenants_lead_is_unknown() {
        // given
        Lead lead = scene.lead("cap-1", "web", "liu");
        Lead converted = scene.sales.convert(new ConvertLead(scene.tenant, "conv", lead.leadId(), 1, null, SourceChannel.APP));

        // when
        FollowUpTask task = scene.sales.schedule(new ScheduleTask(scene.tenant, "t-1", "follow up", "liu", lead.leadId(), null, null, null,
                DUE, 0));

        // then
        assertThat(task.customerId()).isEqualTo(converted.customerId());
        assertThatThrownBy(() -> scene.sales.schedule(new ScheduleTask(scene.otherTenant, "t-1", "follow up", "liu", lead.leadId(), null, null,
                null, DUE, 0))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.sales.schedule(new ScheduleTask(scene.tenant, "t-2", "follow up", "liu", null, "no-opp", null, null,
                DUE, 0))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scene.sales.close(new CloseTask(scene.otherTenant, task.taskId(), TaskStatus.DONE, "x")))
                .isInstanceOf(NotFoundException.class);
        assertThat(scene.sales.task(scene.otherTenant, task.taskId())).isEmpty();
        assertThat(scene.sales.tasks(scene.tenant, PageRequest.first(10)).items()).containsExactly(task);
    }

    @Test
    void invalid_values_are_refused_with_every_violation_and_nothing_written() {
        // when / then
        assertThatThrownBy(() -> scene.sales.schedule(new ScheduleTask(scene.tenant, "k y", "", "", "", null, null, null,
                LocalDateTime.of(1899, 12, 31, 23, 0), 43_201))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.violations()).extracting(Violation::field).contains("idempotencyKey", "title", "owner", "leadId", "dueAt",
                                "remindMinutesBefore"));
        FollowUpTask task = scene.sales.schedule(task("t-1"));
        assertThatThrownBy(() -> scene.sales.close(new CloseTask(scene.tenant, task.taskId(), TaskStatus.OPEN, "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .contains("status", "text"));
        assertThatThrownBy(() -> scene.sales.dueReminders(DUE_INSTANT, 4, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(scene.sales.tasks(scene.tenant, PageRequest.first(10)).items()).containsExactly(task);
    }
}
