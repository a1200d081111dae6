package org.crmkit.customer;

import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a customer told about themselves. Every field may be null (unknown).
 *
 * @param birthDate the date of birth, in the past
 * @param gender the stated gender
 * @param region the province or region, up to 100 characters
 * @param city the city, up to 100 characters
 * @param occupation the occupation, up to 100 characters
 * @since 0.1
 */
public record Demographics(
        @Past @Nullable LocalDate birthDate,
        @Nullable Gender gender,
        @Size(max = 100) @Pattern(regexp = Constraints.SINGLE_LINE, message = Constraints.SINGLE_LINE_MESSAGE) @Nullable String region,
        @Size(max = 100) @Pattern(regexp = Constraints.SINGLE_LINE, message = Constraints.SINGLE_LINE_MESSAGE) @Nullable String city,
        @Size(max = 100) @Pattern(regexp = Constraints.SINGLE_LINE, message = Constraints.SINGLE_LINE_MESSAGE) @Nullable String occupation) {

    /** Nothing known. */
    public static final Demographics UNKNOWN = new Demographics(null, null, null, null, null);

    /** True if no field is known. */
    public boolean isUnknown() {
        return equals(UNKNOWN);
    }
}
