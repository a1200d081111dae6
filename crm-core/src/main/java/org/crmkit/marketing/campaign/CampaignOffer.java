package org.crmkit.marketing.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's offer: a coupon of a template, a points bonus, or the message alone. The offer's
 * cost in the report is what the used coupons took off their orders, or the points granted times
 * {@code pointValue}.
 *
 * @param templateId the coupon template, for {@link OfferKind#COUPON}; else null
 * @param programmeId the programme the points go to, for {@link OfferKind#POINTS}; else null
 * @param points the bonus, 1 to 10^12, for {@link OfferKind#POINTS}; else 0
 * @param pointValue what one point costs the tenant, at least 0, for {@link OfferKind#POINTS}; else null
 * @since 0.2
 */
public record CampaignOffer(
        OfferKind kind,
        @Nullable @Size(min = 1, max = 64) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) String templateId,
        @Nullable ProgrammeId programmeId,
        @Min(0) @Max(Limits.MAX_POINTS) long points,
        @Nullable Money pointValue) {

    /** Checks that the parts match the kind. */
    public CampaignOffer {
        checkNotNull(kind, "kind");
        checkArgument((kind == OfferKind.COUPON) == (templateId != null), "a template id goes with a coupon offer and only with it");
        checkArgument((kind == OfferKind.POINTS) == (programmeId != null && pointValue != null),
                "a programme and a point value go with a points offer and only with it");
        checkArgument(kind == OfferKind.POINTS || points == 0, "points go with a points offer only, but got %s", points);
        checkArgument(kind != OfferKind.POINTS || points > 0, "a points offer needs points > 0 but got %s", points);
        checkArgument(pointValue == null || !pointValue.isNegative(), "a point's value must be >= 0 but was %s", pointValue);
    }

    /** A coupon of the template. */
    public static CampaignOffer coupon(String templateId) {
        return new CampaignOffer(OfferKind.COUPON, templateId, null, 0, null);
    }

    /** {@code points} bonus points in the programme, each costing {@code pointValue}. */
    public static CampaignOffer points(ProgrammeId programmeId, long points, Money pointValue) {
        return new CampaignOffer(OfferKind.POINTS, null, programmeId, points, pointValue);
    }

    /** The message alone. */
    public static CampaignOffer message() {
        return new CampaignOffer(OfferKind.MESSAGE, null, null, 0, null);
    }
}
