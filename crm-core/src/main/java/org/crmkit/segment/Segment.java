package org.crmkit.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.segment.spi.Criterion;
import org.crmkit.shared.ProgrammeId;

/**
 * A named segment (客户细分): a criterion over customers, and the programme whose tiers tier
 * criteria read.
 *
 * @param name 1 to 100 characters
 * @param tierProgramme the programme of {@link CustomerFacts#tierCode()}
 * @since 0.1
 */
public record Segment(String name, Criterion criterion, ProgrammeId tierProgramme) {

    /** Checks and normalises the components as the record's description says. */
    public Segment {
        checkNotNull(name, "name");
        checkArgument(!name.isBlank() && name.length() <= 100, "name must be 1 to 100 characters but was '%s'", name);
        checkNotNull(criterion, "criterion");
        checkNotNull(tierProgramme, "tierProgramme");
    }

    /** A segment whose tier criteria read the default programme. */
    public static Segment of(String name, Criterion criterion) {
        return new Segment(name, criterion, ProgrammeId.DEFAULT);
    }
}
