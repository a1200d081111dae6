package org.crmkit.testing;

import java.time.Instant;
import org.crmkit.customer.InteractionChannel;
import org.crmkit.customer.InteractionDirection;
import org.crmkit.customer.InteractionType;
import org.crmkit.customer.RecordInteraction;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/** Builds {@link RecordInteraction} commands: a valid inbound phone inquiry by default. */
public final class InteractionCommandBuilder {

    private TenantId tenantId;
    private CustomerId customerId;
    private InteractionChannel channel = InteractionChannel.PHONE;
    private InteractionDirection direction = InteractionDirection.INBOUND;
    private InteractionType type = InteractionType.INQUIRY;
    private Instant occurredAt;
    private String staffMember = "agent-7";
    private String summary = "asked when the order ships";

    private InteractionCommandBuilder(TenantId tenantId, CustomerId customerId) {
        this.tenantId = tenantId;
        this.customerId = customerId;
    }

    /** An inbound phone inquiry happening now, handled by agent-7. */
    public static InteractionCommandBuilder anInteraction(TenantId tenantId, CustomerId customerId) {
        return new InteractionCommandBuilder(tenantId, customerId);
    }

    public InteractionCommandBuilder tenant(TenantId value) {
        tenantId = value;
        return this;
    }

    public InteractionCommandBuilder customer(CustomerId value) {
        customerId = value;
        return this;
    }

    public InteractionCommandBuilder channel(InteractionChannel value) {
        channel = value;
        return this;
    }

    public InteractionCommandBuilder direction(InteractionDirection value) {
        direction = value;
        return this;
    }

    public InteractionCommandBuilder type(InteractionType value) {
        type = value;
        return this;
    }

    public InteractionCommandBuilder occurredAt(Instant value) {
        occurredAt = value;
        return this;
    }

    public InteractionCommandBuilder staffMember(String value) {
        staffMember = value;
        return this;
    }

    public InteractionCommandBuilder summary(String value) {
        summary = value;
        return this;
    }

    public RecordInteraction build() {
        return new RecordInteraction(tenantId, customerId, channel, direction, type, occurredAt, staffMember, summary);
    }
}
