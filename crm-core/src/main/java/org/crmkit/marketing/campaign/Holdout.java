package org.crmkit.marketing.campaign;

import com.google.common.hash.Hashing;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.crmkit.shared.CustomerId;

/**
 * The seeded random holdout: each customer draws a number in [0, 1) from a hash of the seed and the
 * customer id, and is held out if it is below the control share. The draw depends on nothing else,
 * so every shard, replay and store puts the same customers in control, and each customer is held out
 * with probability exactly the share.
 */
final class Holdout {

    private Holdout() {}

    static boolean heldOut(long seed, CustomerId customerId, BigDecimal share) {
        return draw(seed, customerId) < share.doubleValue();
    }

    static double draw(long seed, CustomerId customerId) {
        long bits = Hashing.murmur3_128().newHasher().putLong(seed).putString(customerId.value(), StandardCharsets.UTF_8).hash().asLong();
        return (bits >>> 11) * 0x1.0p-53;
    }
}
