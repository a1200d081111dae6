package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ticker;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ShortLivedCacheBoundsTest {

    /** A clock the test moves by hand. */
    private static final class ManualTicker extends Ticker {
        private final AtomicLong nanos = new AtomicLong();

        @Override
        public long read() {
            return nanos.get();
        }

        void advance(long by) {
            nanos.addAndGet(by);
        }
    }

    @Test
    void aCacheReadingMoreKeysThanItsBoundKeepsNoMoreThanTheBound() {
        // given
        ShortLivedCache<Integer, String> cache = new ShortLivedCache<>(new ManualTicker(), 100);

        // when
        for (int key = 0; key < 10_000; key++) {
            int k = key;
            cache.get(k, () -> Optional.of("value " + k));
        }

        // then
        assertThat(cache.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void theDefaultCacheIsBoundedToo() {
        // given
        ShortLivedCache<Integer, Integer> cache = new ShortLivedCache<>();

        // when
        for (int key = 0; key < (int) ShortLivedCache.MAXIMUM_SIZE * 2; key++) {
            int k = key;
            cache.get(k, () -> Optional.of(k));
        }

        // then
        assertThat(cache.size()).isLessThanOrEqualTo(ShortLivedCache.MAXIMUM_SIZE);
    }

    @Test
    void aValueIsReusedWithinASecondAndReadAgainAfterIt() {
        // given
        ManualTicker ticker = new ManualTicker();
        ShortLivedCache<String, Integer> cache = new ShortLivedCache<>(ticker, 100);
        AtomicInteger reads = new AtomicInteger();

        // when
        cache.get("programme", () -> Optional.of(reads.incrementAndGet()));
        ticker.advance(ShortLivedCache.TTL_NANOS - 1);
        Optional<Integer> withinTheSecond = cache.get("programme", () -> Optional.of(reads.incrementAndGet()));
        ticker.advance(1);
        Optional<Integer> afterTheSecond = cache.get("programme", () -> Optional.of(reads.incrementAndGet()));

        // then
        assertThat(withinTheSecond).contains(1);
        assertThat(afterTheSecond).contains(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void theDefaultCacheReadsAValueAgainOnceARealSecondHasPassed() throws InterruptedException {
        // given
        ShortLivedCache<String, Integer> cache = new ShortLivedCache<>();
        AtomicInteger reads = new AtomicInteger();
        cache.get("ladder", () -> Optional.of(reads.incrementAndGet()));

        // when
        Thread.sleep(ShortLivedCache.TTL_NANOS / 1_000_000 + 100);
        Optional<Integer> later = cache.get("ladder", () -> Optional.of(reads.incrementAndGet()));

        // then
        assertThat(later).contains(2);
    }

    @Test
    void anAbsentValueIsNotCachedAndAForgottenOneIsReadAgain() {
        // given
        ShortLivedCache<String, Integer> cache = new ShortLivedCache<>(new ManualTicker(), 100);
        AtomicInteger reads = new AtomicInteger();

        // when
        cache.get("missing", Optional::empty);
        Optional<Integer> defined = cache.get("missing", () -> Optional.of(reads.incrementAndGet()));
        cache.forget("missing");
        Optional<Integer> redefined = cache.get("missing", () -> Optional.of(reads.incrementAndGet()));

        // then
        assertThat(defined).contains(1);
        assertThat(redefined).contains(2);
    }

    @Test
    void getRememberingAbsenceKeepsAnAbsentValueForTheSecondAndForgetDropsIt() {
        // given
        ManualTicker ticker = new ManualTicker();
        ShortLivedCache<String, Integer> cache = new ShortLivedCache<>(ticker, 100);
        AtomicInteger reads = new AtomicInteger();

        // when
        cache.getRememberingAbsence("ladder", () -> {
            reads.incrementAndGet();
            return Optional.empty();
        });
        Optional<Integer> withinTheSecond = cache.getRememberingAbsence("ladder", () -> Optional.of(reads.incrementAndGet()));
        ticker.advance(ShortLivedCache.TTL_NANOS);
        Optional<Integer> afterTheSecond = cache.getRememberingAbsence("ladder", () -> Optional.of(reads.incrementAndGet()));
        cache.forget("ladder");
        Optional<Integer> afterForget = cache.getRememberingAbsence("ladder", () -> Optional.of(reads.incrementAndGet()));

        // then
        assertThat(withinTheSecond).isEmpty();
        assertThat(afterTheSecond).contains(2);
        assertThat(afterForget).contains(3);
        assertThat(reads).hasValue(3);
    }

    @Test
    void getDoesNotTakeAnAbsenceThatGetRememberingAbsenceCached() {
        // given
        ShortLivedCache<String, Integer> cache = new ShortLivedCache<>(new ManualTicker(), 100);
        cache.getRememberingAbsence("programme", Optional::empty);

        // when
        Optional<Integer> read = cache.get("programme", () -> Optional.of(7));

        // then
        assertThat(read).contains(7);
    }
}
