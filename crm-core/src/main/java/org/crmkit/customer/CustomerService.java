package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;

/**
 * The customer context's public API: register and change profiles, move lifecycle stages, keep
 * the interaction timeline, export and erase.
 *
 * <p>Every command is validated first (a {@link ValidationException} lists every violation and
 * nothing is written); every change runs in one unit of work with its event. Concurrent changes
 * to one customer are optimistic: a change that loses the race is retried up to {@value
 * UnitOfWork#MAX_ATTEMPTS} times on fresh data, so no update is lost. A customer of another tenant is
 * reported as not found. Thread-safe.
 *
 * <p>Obtain it from {@code Crm.customers()}.
 *
 * @since 0.1
 */
public final class CustomerService {

    private final Registering registering;
    private final UpdatingProfile updatingProfile;
    private final ChangingStage changingStage;
    private final Tagging tagging;
    private final RecordingConsent recordingConsent;
    private final RecordingInteraction recordingInteraction;
    private final CustomerQueries queries;
    private final Erasing erasing;
    private final ChurnReasons churnReasons;
    private final RecordingChurnReasons recordingChurnReasons;

    /** Wires the service to its ports; {@code Crm.builder()} does this for you. */
    public CustomerService(
            CustomerRepository customers,
            InteractionLog interactions,
            TransactionRunner transactions,
            EventPublisher events,
            CommandValidator validator,
            Clock clock,
            IdGenerator ids,
            ChurnReasons churnReasons,
            ZoneId zone) {
        CustomerContext ctx = new CustomerContext(
                checkNotNull(customers, "customers"),
                checkNotNull(interactions, "interactions"),
                checkNotNull(transactions, "transactions"),
                checkNotNull(events, "events"),
                checkNotNull(validator, "validator"),
                checkNotNull(clock, "clock"),
                checkNotNull(ids, "ids"));
        this.registering = new Registering(ctx);
        this.updatingProfile = new UpdatingProfile(ctx);
        this.changingStage = new ChangingStage(ctx);
        this.tagging = new Tagging(ctx);
        this.recordingConsent = new RecordingConsent(ctx);
        this.recordingInteraction = new RecordingInteraction(ctx);
        this.queries = new CustomerQueries(ctx);
        this.erasing = new Erasing(ctx);
        this.churnReasons = checkNotNull(churnReasons, "churnReasons");
        this.recordingChurnReasons = new RecordingChurnReasons(ctx, churnReasons, checkNotNull(zone, "zone"));
    }

    /**
     * Registers a new customer at version 0.
     *
     * @return the stored customer, with mobile and email normalised
     * @throws ValidationException if the command breaks a constraint
     * @throws org.crmkit.shared.DuplicateKeyException if the customer id, a mobile or an email is
     *     already taken in the tenant
     */
    public Customer register(RegisterCustomer command) {
        return ServiceCalls.call(() -> registering.register(command));
    }

    /**
     * Changes the non-null parts of a profile.
     *
     * @return the customer after the change (unchanged and not re-versioned if nothing differed)
     * @throws ValidationException if the command breaks a constraint
     * @throws NotFoundException if the customer is not in the tenant
     * @throws CustomerErasedException if the customer was erased
     * @throws StaleVersionException if {@code expectedVersion} is set and no longer current
     * @throws org.crmkit.shared.DuplicateKeyException if a new mobile or email is taken
     */
    public Customer updateProfile(UpdateProfile command) {
        return ServiceCalls.call(() -> updatingProfile.update(command));
    }

    /**
     * Moves the customer to another lifecycle stage. Moving to the current stage does nothing.
     *
     * @throws IllegalStageTransitionException if {@link LifecycleStage} does not allow the move
     * @throws NotFoundException if the customer is not in the tenant
     */
    public Customer changeStage(ChangeStage command) {
        return ServiceCalls.call(() -> changingStage.change(command));
    }

    /** Adds tags; tags already present are ignored. */
    public Customer addTags(ChangeTags command) {
        return ServiceCalls.call(() -> tagging.add(command));
    }

    /** Removes tags; tags not present are ignored. */
    public Customer removeTags(ChangeTags command) {
        return ServiceCalls.call(() -> tagging.remove(command));
    }

    /** Records a marketing consent decision at the clock's current time. */
    public Customer recordConsent(RecordConsent command) {
        return ServiceCalls.call(() -> recordingConsent.record(command));
    }

    /**
     * Adds an interaction to the customer's timeline.
     *
     * @throws ValidationException if the command breaks a constraint or {@code occurredAt} is in
     *     the future
     * @throws NotFoundException if the customer is not in the tenant
     * @throws CustomerErasedException if the customer was erased
     */
    public Interaction recordInteraction(RecordInteraction command) {
        return ServiceCalls.call(() -> recordingInteraction.record(command));
    }

    /** The customer, if it exists in the tenant. */
    public Optional<Customer> find(TenantId tenantId, CustomerId id) {
        return ServiceCalls.call(() -> queries.find(tenantId, id));
    }

    /**
     * The customer.
     *
     * @throws NotFoundException if it is not in the tenant
     */
    public Customer get(TenantId tenantId, CustomerId id) {
        return ServiceCalls.call(() -> queries.get(tenantId, id));
    }

    /**
     * The customer holding a mobile number or email, given in any format {@link ContactType}
     * normalises.
     *
     * @throws ValidationException if {@code type} is not MOBILE or EMAIL
     */
    public Optional<Customer> findByContact(TenantId tenantId, ContactType type, String value) {
        return ServiceCalls.call(() -> queries.findByContact(tenantId, type, value));
    }

    /** The tenant's customers ordered by id, one page at a time. */
    public Page<Customer> list(TenantId tenantId, PageRequest request) {
        return ServiceCalls.call(() -> queries.list(tenantId, request));
    }

    /**
     * The customer's interactions, newest first, one page at a time.
     *
     * @throws NotFoundException if the customer is not in the tenant
     */
    public Page<Interaction> interactions(TenantId tenantId, CustomerId id, PageRequest request) {
        return ServiceCalls.call(() -> queries.interactions(tenantId, id, request));
    }

    /**
     * Everything held about the customer in this context; {@code Crm.privacy().exportDocument}
     * exports every context.
     *
     * @throws NotFoundException if the customer is not in the tenant
     */
    public CustomerExport export(TenantId tenantId, CustomerId id) {
        return ServiceCalls.call(() -> queries.export(tenantId, id));
    }

    /**
     * Erases the customer's personal data: name, contacts, demographics, preferences, tags,
     * consents and interaction summaries. The id, stage, source, credit standing and timestamps
     * stay, so other contexts' totals remain consistent. Erasing twice does nothing. This is the
     * customer context's part only: {@code Crm.privacy().erase} erases every context (cases,
     * surveys, ledger and override reasons, waiting events) and calls this.
     *
     * @return the erased customer
     * @throws NotFoundException if the customer is not in the tenant
     */
    public Customer erase(TenantId tenantId, CustomerId id) {
        return ServiceCalls.call(() -> erasing.erase(tenantId, id));
    }

    /**
     * Records why a customer left, when they churn or are won back (seed 004: the enterprise's own
     * reasons and the customer's), and makes {@code churn-reason:<code>} the customer's one
     * churn-reason tag, in one unit of work: the tag is what {@code
     * ChurnDimension.CHURN_REASON} groups churn rates by, so the churn report and {@link
     * #churnReasonReport} agree. Recording does not move the lifecycle stage. Replaying the key
     * returns the first record and changes nothing.
     *
     * @return the recorded reason
     * @throws ValidationException for bad values; nothing written
     * @throws NotFoundException if the customer is not in the tenant
     * @throws CustomerErasedException if the customer was erased
     * @throws org.crmkit.shared.RuleViolationException if the code was recorded on the other side in the tenant
     * @throws org.crmkit.shared.IdempotencyKeyReusedException if the key was used for another record
     * @since 0.2
     */
    public ChurnReason recordChurnReason(RecordChurnReason command) {
        return ServiceCalls.call(() -> recordingChurnReasons.record(command));
    }

    /**
     * The customer's recorded churn reasons, newest first.
     *
     * @since 0.2
     */
    public List<ChurnReason> churnReasonsOf(TenantId tenantId, CustomerId id) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(id, "id");
            return recordingChurnReasons.inTransaction(() -> churnReasons.ofCustomer(tenantId, id));
        });
    }

    /**
     * The churn reasons recorded from the start of {@code from} to the start of {@code until}, days
     * in the tenant's zone, counted by reason and side, at churn and at win-back.
     *
     * @throws ValidationException unless {@code from} is before {@code until}
     * @since 0.2
     */
    public ChurnReasonReport churnReasonReport(TenantId tenantId, LocalDate from, LocalDate until) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(from, "from");
            checkNotNull(until, "until");
            return recordingChurnReasons.report(tenantId, from, until);
        });
    }
}
