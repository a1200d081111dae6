package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntPredicate;
import org.crmkit.earning.OrderLine;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedeemPoints;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The shortcut that spares a valid command the validator may only ever say "valid" where the
 * validator finds nothing; for anything else the validator decides, with its own messages.
 */
class ConstraintShortcutTest {

    record Unusual(@DecimalMin("1") BigDecimal amount) {}

    record Listed(@NotEmpty List<@NotBlank String> names) {}

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private final ConstraintShortcut shortcut = new ConstraintShortcut(VALIDATOR);

    /** Keys and references: printable ASCII, blanks, other scripts, control characters, around the length limits. */
    private static Gen<String> texts() {
        return strings().betweenCodePoints(0x00, 0x7F).ofLengthBetween(0, 140)
                .mix(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 130), 60)
                .mix(strings().betweenCodePoints(0x2000, 0x3000).ofLengthBetween(0, 3), 10);
    }

    private static Gen<Long> points() {
        return longs().between(-3, 3).mix(longs().between(Limits.MAX_POINTS - 2, Limits.MAX_POINTS + 2), 30).mix(longs().all(), 20);
    }

    @Test
    void crmkits_own_patterns_checked_by_hand_match_exactly_what_the_expressions_match() {
        for (String regexp : List.of(TextRules.PRINTABLE_ASCII, TextRules.SINGLE_LINE, TextRules.FREE_TEXT)) {
            IntPredicate byHand = ConstraintShortcut.byHand(regexp);
            assertThat(byHand).as(regexp).isNotNull();
            // every character alone, surrogates included
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                String text = String.valueOf(c);
                assertThat(ConstraintShortcut.allMatch(text, byHand)).as("%s on U+%04X", regexp, (int) c).isEqualTo(text.matches(regexp));
            }
            // mixed texts: control characters, ASCII, other scripts, paired and lone surrogates, the empty text
            Gen<String> mixed = strings().betweenCodePoints(0x00, 0x7F).ofLengthBetween(0, 12)
                    .mix(strings().betweenCodePoints(0x00, 0x10FFFF).ofLengthBetween(0, 6), 30)
                    .mix(strings().betweenCodePoints(0xD7F0, 0xE010).ofLengthBetween(0, 4), 20);
            qt().withExamples(5000).forAll(mixed, mixed).checkAssert((a, b) -> {
                String text = a + b;
                assertThat(ConstraintShortcut.allMatch(text, byHand)).as("%s on %s", regexp, text.chars().boxed().toList())
                        .isEqualTo(text.matches(regexp));
            });
        }
        assertThat(ConstraintShortcut.byHand("[a-z]*")).isNull();
    }

    @Test
    void a_redemption_proved_valid_is_one_the_validator_accepts_and_a_plain_one_is_proved() {
        qt().withExamples(3000).forAll(texts(), points(), texts()).checkAssert((key, points, reward) -> {
            // given
            RedeemPoints command = new RedeemPoints(TenantId.of("t"), CustomerId.of("c"), ProgrammeId.DEFAULT, key, points, reward);

            // when
            boolean proved = shortcut.provesValid(command);

            // then
            boolean accepted = VALIDATOR.validate(command).isEmpty();
            assertThat(!proved || accepted).as("proved valid but refused: %s", command).isTrue();
            if (accepted && key.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7E) && !reward.isBlank()
                    && reward.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7F)) { // control characters: the shortcut leaves them to the validator
                assertThat(proved).as("a plain valid command should take the shortcut: %s", command).isTrue();
            }
        });
    }

    @Test
    void a_purchase_with_lines_or_nulls_goes_to_the_validator_and_a_plain_one_does_not() {
        qt().withExamples(2000).forAll(texts(), texts(), integers().between(0, 2)).checkAssert((key, orderId, lines) -> {
            // given
            List<OrderLine> orderLines = lines == 0 ? List.of() : List.of(new OrderLine("sku", "cat", Money.of("1.00", "CNY")));
            PurchaseOrder order = new PurchaseOrder(TenantId.of("t"), CustomerId.of("c"), lines == 2 ? null : ProgrammeId.DEFAULT, key, orderId,
                    Money.of("1.00", "CNY"), null, orderLines);

            // when
            boolean proved = shortcut.provesValid(order);

            // then
            assertThat(!proved || VALIDATOR.validate(order).isEmpty()).as("proved valid but refused: %s", order).isTrue();
            if (lines > 0) {
                assertThat(proved).as("lines or a null are left to the validator").isFalse();
            }
        });
        assertThat(shortcut.provesValid(PurchaseOrder.of(TenantId.of("t"), CustomerId.of("c"), ProgrammeId.DEFAULT, "o-1",
                Money.of("1.00", "CNY")))).isTrue();
    }

    @Test
    void a_record_with_a_constraint_the_shortcut_does_not_know_always_goes_to_the_validator() {
        // given
        Unusual fine = new Unusual(BigDecimal.TEN);
        Listed listed = new Listed(List.of("a"));

        // when / then
        assertThat(VALIDATOR.validate(fine)).isEmpty();
        assertThat(shortcut.provesValid(fine)).isFalse();
        assertThat(shortcut.provesValid(listed)).isFalse();
        assertThat(shortcut.provesValid(new Listed(List.of()))).isFalse();
        assertThat(shortcut.provesValid("not a record")).isFalse();
    }

    @Test
    void threads_checking_patterns_at_once_each_get_their_own_answer() throws Exception {
        // given: a valid and an invalid idempotency key (the key's pattern refuses blanks), checked by two threads at once
        RedeemPoints valid = new RedeemPoints(TenantId.of("t"), CustomerId.of("c"), ProgrammeId.DEFAULT, "k-1", 10, "reward");
        RedeemPoints invalid = new RedeemPoints(TenantId.of("t"), CustomerId.of("c"), ProgrammeId.DEFAULT, "k 1", 10, "reward");
        assertThat(VALIDATOR.validate(invalid)).isNotEmpty();
        java.util.concurrent.Callable<Integer> wrongAnswers = () -> {
            int wrong = 0;
            for (int i = 0; i < 20_000; i++) {
                boolean odd = i % 2 == 1;
                if (shortcut.provesValid(odd ? invalid : valid) == odd) {
                    wrong++;
                }
            }
            return wrong;
        };
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // when
            List<java.util.concurrent.Future<Integer>> results = threads.invokeAll(List.of(wrongAnswers, wrongAnswers));

            // then
            for (java.util.concurrent.Future<Integer> result : results) {
                assertThat(result.get()).isZero();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
