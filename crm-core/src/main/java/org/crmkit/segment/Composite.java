package org.crmkit.segment;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.crmkit.segment.spi.Criterion;

/** AND, OR and NOT over other criteria; {@link SegmentService#explain} walks into their parts. */
record Composite(Kind kind, List<Criterion> parts) implements Criterion {

    enum Kind { ALL, ANY, NOT }

    Composite {
        parts = ImmutableList.copyOf(parts);
    }

    @Override
    public boolean test(CustomerFacts facts) {
        return switch (kind) {
            case ALL -> parts.stream().allMatch(c -> c.test(facts));
            case ANY -> parts.stream().anyMatch(c -> c.test(facts));
            case NOT -> !parts.get(0).test(facts);
        };
    }

    @Override
    public String describe() {
        return switch (kind) {
            case ALL -> parts.stream().map(Criterion::describe).collect(Collectors.joining(" AND ", "(", ")"));
            case ANY -> parts.stream().map(Criterion::describe).collect(Collectors.joining(" OR ", "(", ")"));
            case NOT -> "NOT " + parts.get(0).describe();
        };
    }
}
