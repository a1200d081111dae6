package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link StorableValues#scan} decides once per record class which components it reads: the ones
 * whose declared type can hold text, an instant, a date or a container, and everything declared as
 * an interface or {@code Object}; a record that is also a list is scanned as a list.
 */
class StorableValuesPlanTest {

    private static final String NUL = "bad\u0000text";
    private static final AtomicInteger READS = new AtomicInteger();

    enum Colour { RED }

    /** Components a scan has no reason to read, each counting its reads, and two it must read. */
    record Command(TenantId tenantId, Money paid, long points, Integer count, Colour colour, String text, Object anything) {
        @Override
        public long points() {
            return counted(points);
        }

        @Override
        public Integer count() {
            return counted(count);
        }

        @Override
        public Colour colour() {
            return counted(colour);
        }

        @Override
        public TenantId tenantId() {
            return counted(tenantId);
        }
    }

    /** {@code value}, counting the read. */
    private static <T> T counted(T value) {
        READS.incrementAndGet();
        return value;
    }

    /** A record that is a list of its texts as well. */
    record Texts(String first, String second) implements ListView<String> {
        @Override
        public List<String> view() {
            return List.of(first, second);
        }
    }

    /** A read-only list that hands every call to {@link #view()}. */
    interface ListView<E> extends List<E>, RandomAccess {
        List<E> view();

        @Override default int size() { return view().size(); }
        @Override default boolean isEmpty() { return view().isEmpty(); }
        @Override default boolean contains(Object o) { return view().contains(o); }
        @Override default Iterator<E> iterator() { return view().iterator(); }
        @Override default Object[] toArray() { return view().toArray(); }
        @Override default <T> T[] toArray(T[] a) { return view().toArray(a); }
        @Override default boolean add(E e) { throw new UnsupportedOperationException(); }
        @Override default boolean remove(Object o) { throw new UnsupportedOperationException(); }
        @Override default boolean containsAll(Collection<?> c) { return view().containsAll(c); }
        @Override default boolean addAll(Collection<? extends E> c) { throw new UnsupportedOperationException(); }
        @Override default boolean addAll(int index, Collection<? extends E> c) { throw new UnsupportedOperationException(); }
        @Override default boolean removeAll(Collection<?> c) { throw new UnsupportedOperationException(); }
        @Override default boolean retainAll(Collection<?> c) { throw new UnsupportedOperationException(); }
        @Override default void clear() { throw new UnsupportedOperationException(); }
        @Override default E get(int index) { return view().get(index); }
        @Override default E set(int index, E element) { throw new UnsupportedOperationException(); }
        @Override default void add(int index, E element) { throw new UnsupportedOperationException(); }
        @Override default E remove(int index) { throw new UnsupportedOperationException(); }
        @Override default int indexOf(Object o) { return view().indexOf(o); }
        @Override default int lastIndexOf(Object o) { return view().lastIndexOf(o); }
        @Override default ListIterator<E> listIterator() { return view().listIterator(); }
        @Override default ListIterator<E> listIterator(int index) { return view().listIterator(index); }
        @Override default List<E> subList(int from, int to) { return view().subList(from, to); }
    }

    @Test
    void only_components_that_can_hold_what_the_scan_checks_are_read() {
        // given
        Command command = new Command(TenantId.of("t"), Money.of("1.00", "CNY"), 5, 7, Colour.RED, NUL, List.of("ok", NUL));
        READS.set(0);

        // when
        List<Violation> violations = new ArrayList<>();
        StorableValues.scan("", command, violations);

        // then
        assertThat(READS.get()).as("reads of the id, long, Integer and enum components").isZero();
        assertThat(violations).extracting(Violation::field).containsExactly("text", "anything[1]");
    }

    @Test
    void a_record_that_is_also_a_list_is_scanned_as_a_list() {
        // given
        Texts texts = new Texts("ok", NUL);

        // when
        List<Violation> violations = new ArrayList<>();
        StorableValues.scan("", texts, violations);

        // then: named by index, as a list's elements are, not by component name
        assertThat(violations).extracting(Violation::field).containsExactly("[1]");
    }
}
