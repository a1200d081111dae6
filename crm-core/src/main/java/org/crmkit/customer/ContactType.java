package org.crmkit.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kinds of contact point a customer can have. Mobile numbers and email addresses identify a
 * customer: each is unique within a tenant and can be looked up.
 *
 * @since 0.1
 */
public enum ContactType {
    /**
     * A mobile phone number. Normalised by removing spaces, dashes, dots and brackets, turning a
     * leading {@code 00} into {@code +}, and prefixing an 11-digit mainland China number starting
     * with 1 with {@code +86} (and 86 followed by such a number with {@code +}); it must then be {@code +} and 6 to 15 digits, or 6 to 15 digits.
     */
    MOBILE(true, "mobile"),
    /** An email address, normalised by trimming and lower-casing; must look like name@domain.tld. */
    EMAIL(true, "email"),
    /** A WeChat id. */
    WECHAT(false, "WeChat id"),
    /** An id on another instant messenger (QQ, DingTalk, WhatsApp, ...). */
    OTHER_IM(false, "IM id"),
    /** A postal address on one line. */
    POSTAL_ADDRESS(false, "postal address");

    private static final Pattern PHONE_NOISE = Pattern.compile("[\\s\\-().]");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{6,15}");
    private static final Pattern CHINA_MOBILE = Pattern.compile("1[0-9]{10}");
    private static final Pattern CHINA_MOBILE_WITH_COUNTRY = Pattern.compile("861[0-9]{10}");
    private static final Pattern EMAIL_FORMAT = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final boolean identifying;
    private final String label;

    ContactType(boolean identifying, String label) {
        this.identifying = identifying;
        this.label = label;
    }

    /** True for mobile and email: unique per tenant and usable with {@code findByContact}. */
    public boolean isIdentifying() {
        return identifying;
    }

    /** A human name for messages, e.g. {@code mobile}. */
    public String label() {
        return label;
    }

    /** Returns the canonical form of {@code raw} for this type (see each constant). */
    public String normalize(String raw) {
        String trimmed = raw.strip();
        return switch (this) {
            case MOBILE -> normalizeMobile(trimmed);
            case EMAIL -> trimmed.toLowerCase(Locale.ROOT);
            default -> trimmed;
        };
    }

    /** True if {@code raw}, once normalised, is well-formed for this type. */
    public boolean isWellFormed(String raw) {
        String normalized = normalize(raw);
        return switch (this) {
            case MOBILE -> PHONE.matcher(normalized).matches();
            case EMAIL -> EMAIL_FORMAT.matcher(normalized).matches();
            default -> !normalized.isEmpty();
        };
    }

    private static String normalizeMobile(String raw) {
        String digits = PHONE_NOISE.matcher(raw).replaceAll("");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        if (CHINA_MOBILE.matcher(digits).matches()) {
            digits = "+86" + digits;
        } else if (CHINA_MOBILE_WITH_COUNTRY.matcher(digits).matches()) {
            digits = "+" + digits;
        }
        return digits;
    }
}
