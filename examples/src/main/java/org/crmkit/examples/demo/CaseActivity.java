package org.crmkit.examples.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.crmkit.shared.CustomerId;

/** The after-sales side of the simulation: cases opened after some purchases, and the SLA checks. */
interface CaseActivity {

    /** May schedule a case about {@code orderId} on {@code simulation}. */
    void maybeOpen(Simulation simulation, CustomerId customer, String orderId, LocalDate purchased, SplittableRandom random);

    /** Runs the SLA checks due at {@code now}. */
    void checkSlas(Instant now);
}
