package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

/** A trusted scope lets derived commands through unexamined, on its own thread and only while it runs. */
class TrustedCommandsTest {

    record Named(@Size(max = 3) String name) {}

    private final CommandValidator validator = CommandValidator.discover();

    @Test
    void a_bad_command_is_refused_outside_a_trusted_scope_and_passed_through_inside_it() throws Exception {
        // given
        Named tooLong = new Named("abcdef");

        // when
        Throwable before = catchThrowable(() -> validator.check(tooLong));
        Named inside = validator.trusting(() -> validator.trusting(() -> validator.check(tooLong)));
        Throwable after = catchThrowable(() -> validator.check(tooLong));
        Throwable[] onAnotherThread = new Throwable[1];
        validator.trusting(() -> {
            Thread other = new Thread(() -> onAnotherThread[0] = catchThrowable(() -> validator.check(tooLong)));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });

        // then
        assertThat(before).isInstanceOf(ValidationException.class);
        assertThat(inside).isSameAs(tooLong);
        assertThat(after).isInstanceOf(ValidationException.class);
        assertThat(onAnotherThread[0]).isInstanceOf(ValidationException.class);
    }
}
