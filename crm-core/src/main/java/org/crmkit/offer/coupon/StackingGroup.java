package org.crmkit.offer.coupon;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Which coupons may be used together: at most one coupon per group in one order, and a coupon of
 * the group {@link #EXCLUSIVE} stands alone.
 *
 * @param name {@code EXCLUSIVE} or the name of a stackable group, 1 to 64 characters
 * @since 0.2
 */
public record StackingGroup(String name) {

    /** The group of coupons that are never combined with any other. */
    public static final StackingGroup EXCLUSIVE = new StackingGroup("EXCLUSIVE");

    /** Checks the name as the record's description says. */
    public StackingGroup {
        checkNotNull(name, "stacking group name must not be null");
        checkArgument(!name.isBlank() && name.length() <= 64, "stacking group name must be 1 to 64 characters but was '%s'", name);
    }

    /** A stackable group named {@code name}: its coupons combine with those of other groups. */
    public static StackingGroup named(String name) {
        return new StackingGroup(name);
    }

    /** Whether coupons of this group stand alone. */
    public boolean exclusive() {
        return name.equals(EXCLUSIVE.name);
    }
}
