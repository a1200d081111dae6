package org.crmkit.offer.mall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Limits;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TextRules;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/** Defining and changing catalogue items, idempotently and by version. */
final class DefiningRewards {

    private final MallPorts ports;

    DefiningRewards(MallPorts ports) {
        this.ports = ports;
    }

    RewardItem define(DefineReward command) {
        ports.validator.check(command);
        List<Violation> violations = new ArrayList<>();
        if (command.cashPrice() != null) {
            Limits.checkAmount("cashPrice", command.cashPrice(), false, violations);
        }
        checkDay("validFrom", command, violations);
        checkDay("validUntil", command, violations);
        if (command.validFrom() != null && command.validUntil() != null && command.validUntil().isBefore(command.validFrom())) {
            violations.add(Violation.of("validUntil", command.validUntil(), "must not be before validFrom " + command.validFrom()));
        }
        TextRules.unstorable(command.name()).ifPresent(problem -> violations.add(Violation.of("name", command.name(), problem)));
        ValidationException.throwIfAny(command, violations);
        Instant now = ports.now();
        // two first definitions of one code race on the insert; the loser runs again and finds the winner's item
        return UnitOfWork.retrying(ports.transactions, DuplicateKeyException.class, () -> {
            Currency currency = ports.programme(command.tenantId(), command.programmeId()).cashRate().cash().currency();
            if (command.cashPrice() != null && !command.cashPrice().currency().equals(currency)) {
                throw new ValidationException(command.getClass().getSimpleName(), List.of(Violation.of("cashPrice", command.cashPrice(),
                        "must be in the programme's currency " + currency)));
            }
            Optional<StockedReward> current = ports.mall.lockItem(command.tenantId(), command.programmeId(), command.code());
            if (current.isEmpty()) {
                if (command.expectedVersion() != 0) {
                    throw new NotFoundException("reward item", command.tenantId(), command.code());
                }
                RewardItem created = item(command, 1, now);
                ports.mall.insertItem(created);
                publish(created, now);
                return created;
            }
            RewardItem stored = current.get().item();
            RewardItem wanted = item(command, stored.version() + 1, now);
            if (stored.sameDefinition(wanted)) {
                return stored;
            }
            if (stored.version() != command.expectedVersion()) {
                throw new StaleVersionException("reward item", command.code(), command.expectedVersion());
            }
            ports.mall.updateItem(wanted, stored.version());
            publish(wanted, now);
            return wanted;
        });
    }

    private void publish(RewardItem item, Instant now) {
        ports.events.publish(new RewardDefined(ports.ids.next(), now, item.tenantId(), item.programmeId(), item.code(), item.version()));
    }

    private static RewardItem item(DefineReward c, long version, Instant now) {
        return new RewardItem(c.tenantId(), c.programmeId(), c.code(), c.name(), c.pointsPrice(), c.cashPrice(), c.stock(),
                c.perCustomerLimit(), c.tierCodes(), c.validFrom(), c.validUntil(), c.fulfilment(), version, now);
    }

    private static void checkDay(String field, DefineReward command, List<Violation> violations) {
        java.time.LocalDate day = field.equals("validFrom") ? command.validFrom() : command.validUntil();
        if (day != null && (day.isBefore(Limits.MIN_DATE) || day.isAfter(Limits.MAX_DATE))) {
            violations.add(Violation.of(field, day, "must be from " + Limits.MIN_DATE + " to " + Limits.MAX_DATE));
        }
    }
}
