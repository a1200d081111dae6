package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkState;

/** Customer keys of a summary by index: {@code long}s, strings, or the indices themselves. */
final class CustomerKeys {

    private final long[] numbers;
    private final String[] texts;
    private final int size;

    private CustomerKeys(long[] numbers, String[] texts, int size) {
        this.numbers = numbers;
        this.texts = texts;
        this.size = size;
    }

    static CustomerKeys indices(int size) {
        return new CustomerKeys(null, null, size);
    }

    static CustomerKeys numbers(long[] numbers) {
        return new CustomerKeys(numbers, null, numbers.length);
    }

    static CustomerKeys texts(String[] texts) {
        return new CustomerKeys(null, texts, texts.length);
    }

    String text(int i) {
        java.util.Objects.checkIndex(i, size);
        return texts != null ? texts[i] : Long.toString(number(i));
    }

    long number(int i) {
        java.util.Objects.checkIndex(i, size);
        checkState(texts == null, "customer keys are strings; use customerKey(i)");
        return numbers != null ? numbers[i] : i;
    }
}
