package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedeemPoints;
import org.junit.jupiter.api.Test;

/**
 * Stored fingerprints are the SHA-256 of a command's {@code toString()}: the text built without
 * {@code String.format} must be that text exactly, so a replay after an upgrade still matches.
 */
class FingerprintTextTest {

    record Nested(String label, long amount, int count, boolean flag, char mark, double rate, Optional<String> note, List<Object> items,
            Object nothing) {}

    record Masking(String phone) {
        @Override
        public String toString() {
            return "Masking[phone=***]";
        }
    }

    /** A value whose text is itself a fingerprint: taken while the command's own is under way. */
    record Fingerprinted(String text) {
        @Override
        public String toString() {
            return "#" + Fingerprint.of(text);
        }
    }

    record Holder(String label, Fingerprinted inner) {}

    private static String sha256(String text) {
        return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
    }

    @Test
    void a_ledger_command_is_fingerprinted_as_the_hash_of_its_to_string_on_first_and_later_calls() {
        // given
        TenantId tenant = TenantId.of("t-fp");
        CustomerId customer = CustomerId.of("c-1");
        List<Object> commands = List.of(
                PurchaseOrder.of(tenant, customer, ProgrammeId.DEFAULT, "o-1", Money.of("10.00", "CNY")),
                new PurchaseOrder(tenant, customer, ProgrammeId.DEFAULT, "k-2", "o-2", Money.of("0.10", "CNY"), Instant.parse("2026-01-02T03:04:05.123456Z"),
                        List.of()),
                new RedeemPoints(tenant, customer, ProgrammeId.DEFAULT, "r-1", 10, "reward"),
                new RedeemPoints(tenant, customer, ProgrammeId.DEFAULT, "r-2", Long.MAX_VALUE, "x y, z=[1]"));

        for (int round = 0; round < 3; round++) {
            for (Object command : commands) {
                // when
                String fingerprint = Fingerprint.of(command);

                // then
                assertThat(fingerprint).as("round %s: %s", round, command).isEqualTo(sha256(command.toString()));
            }
        }
    }

    @Test
    void every_kind_of_component_renders_as_the_records_own_to_string() {
        // given
        List<Nested> values = List.of(
                new Nested("a", -1, 2, true, 'x', 0.1, Optional.of("n"), List.of(1, "two", List.of()), null),
                new Nested(null, Long.MIN_VALUE, Integer.MAX_VALUE, false, '\u4e2d', Double.NaN, Optional.empty(), List.of(), new int[0].length));

        for (int round = 0; round < 2; round++) {
            for (Nested value : values) {
                // when
                String text = Fingerprint.text(value);

                // then
                assertThat(text).isEqualTo(value.toString());
            }
        }
    }

    @Test
    void a_record_that_writes_its_own_to_string_is_fingerprinted_by_it() {
        // given
        Masking first = new Masking("13800000000");
        Masking second = new Masking("13900000000");

        // when
        String a = Fingerprint.of(first);
        String b = Fingerprint.of(second);

        // then
        assertThat(a).isEqualTo(sha256("Masking[phone=***]")).isEqualTo(b);
        assertThat(Fingerprint.of("plain text")).isEqualTo(sha256("plain text"));
    }

    @Test
    void text_beyond_ascii_hashes_to_the_digest_guava_gave_on_every_thread() throws Exception {
        // given: Chinese, an emoji (a surrogate pair), a lone surrogate (encoded as '?') and the empty text
        List<String> texts = List.of("会员 积分 CNY 10.00", "gift \uD83C\uDF81", "broken \uD800 pair", "");

        for (String text : texts) {
            // when: on this thread, twice, and on another thread
            String here = Fingerprint.of(text);
            String again = Fingerprint.of(text);
            java.util.concurrent.FutureTask<String> elsewhere = new java.util.concurrent.FutureTask<>(() -> Fingerprint.of(text));
            new Thread(elsewhere).start();

            // then
            assertThat(here).as(text).isEqualTo(sha256(text)).isEqualTo(again).isEqualTo(elsewhere.get()).hasSize(64);
        }
    }

    @Test
    void a_record_with_text_beyond_ascii_hashes_its_to_string_as_utf8() {
        // given: two-, three- and four-byte characters, lone surrogates at the start, middle and end, and a long text
        List<Nested> values = List.of(
                new Nested("\u00e9t\u00e9 \u4f1a\u5458 \uD83C\uDF81", 1, 2, true, '\u00ff', 1.5, Optional.of("\uDC00x"), List.of("\uD800"),
                        "end\uD83C"),
                new Nested("\uDFFF", 0, 0, false, '\uD800', 0, Optional.empty(), List.of(), "x".repeat(70_000) + "\u4e2d"));

        for (int round = 0; round < 3; round++) {
            for (Nested value : values) {
                // when
                String fingerprint = Fingerprint.of(value);

                // then
                assertThat(fingerprint).as("round %s", round).isEqualTo(sha256(value.toString()));
            }
        }
    }

    @Test
    void a_component_that_takes_a_fingerprint_while_one_is_taken_does_not_disturb_it() {
        // given
        Holder holder = new Holder("outer", new Fingerprinted("inner \u4e2d"));

        for (int round = 0; round < 3; round++) {
            // when
            String fingerprint = Fingerprint.of(holder);

            // then
            assertThat(fingerprint).isEqualTo(sha256(holder.toString()));
        }
    }
}
