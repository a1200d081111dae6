package org.crmkit.examples.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.crmkit.Crm;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.shared.TenantId;
import org.crmkit.value.scoring.PurchaseModelChoice;
import org.crmkit.value.scoring.ScoreCustomers;
import org.crmkit.value.scoring.ScoringReport;

/**
 * Runs the demo: a tenant configured like the seeds' stores, two years of generated activity played
 * through the public API on the given database, the batch jobs, and a report printed and written
 * as HTML.
 */
public final class DemoRunner {

    /** The penalizer of the second scoring run, when MBG/NBD cannot be fitted without one. */
    private static final double PENALIZER = 0.001;

    private DemoRunner() {}

    /**
     * Runs the demo on {@code dataSource} (crmkit's schema is migrated first) under a fresh tenant.
     *
     * @param end the last day of the simulated years; the simulation ends that day at 20:00, Shanghai time
     * @return the HTML report's path
     */
    public static Path run(DataSource dataSource, long seed, int customers, LocalDate end, Path outputDirectory, boolean quiet,
            PrintWriter out) {
        DemoSettings settings = new DemoSettings(seed, customers, end, outputDirectory, quiet);
        DemoReport report = simulate(dataSource, settings, TenantId.of("demo-" + seed + "-" + System.currentTimeMillis()), out);
        ReportText.print(report, out);
        Path html = outputDirectory.resolve("crm-demo-report.html");
        try {
            Files.createDirectories(outputDirectory);
            Files.writeString(html, ReportHtml.render(report, "crmkit demo: " + customers + " customers, seed " + seed),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report to " + html, e);
        }
        out.println("\nHTML report: " + html.toAbsolutePath());
        out.flush();
        return html;
    }

    static DemoReport simulate(DataSource dataSource, DemoSettings settings, TenantId shop, PrintWriter out) {
        SimulatedClock clock = new SimulatedClock(settings.start().minusDays(41).atStartOfDay(DemoShop.ZONE).toInstant());
        JdbcStorage storage = JdbcStorage.create(dataSource);
        Crm crm = Crm.builder().storage(storage).clock(clock).zone(DemoShop.ZONE)
                .qualifyingMetricFactory(RollingGrowth.FACTORY).build();
        out.printf("crmkit demo: tenant %s, %,d customers, seed %d, the %d years to %s%n", shop.value(), settings.customers(), settings.seed(),
                DemoSettings.YEARS, settings.end());
        DemoShop.define(crm, shop);
        DemoCases cases = new DemoCases(crm, shop);
        cases.define();
        DemoOffers offers = new DemoOffers(crm, shop);
        offers.define();
        DemoMarketing marketing = new DemoMarketing(crm, shop, settings);
        marketing.define();
        DemoSales sales = new DemoSales(crm, shop);
        int events = new Simulation(crm, storage.transactions(), shop, clock, settings, cases, offers, marketing, sales).run();
        clock.set(settings.now());
        crm.loyalty().settleDue(0, 1);
        out.printf("played %,d events; scoring customers%n", events);
        // MBG/NBD: like Pareto/NBD it lets a one-time buyer's P(alive) fall with time, and on this population (rates that differ
        // little between shoppers) its fit takes a second where Pareto/NBD's runs for minutes
        ScoringReport scoring = score(crm, shop);
        Instant start = settings.start().atStartOfDay(DemoShop.ZONE).toInstant();
        DemoReport.CaseFigures figures = cases.figures(start, settings.now());
        return ReportGathering.gather(crm, storage.transactions(), shop, settings, scoring, figures,
                offers.figures(start.minus(java.time.Duration.ofDays(60)), settings.now().plusSeconds(1)),
                marketing.figures(Simulation.skus()), sales.figures(settings.now()));
    }

    /**
     * Scores with MBG/NBD. On some populations its likelihood has no finite maximum (everyone drops
     * out with about the same probability, so a and b run off); the run then has no predictions and
     * its note advises a small penalizer, so the demo scores again with one, as a host would, and
     * keeps both runs' notes.
     */
    private static ScoringReport score(Crm crm, TenantId shop) {
        ScoreCustomers mbg = ScoreCustomers.of(shop).purchaseModel(PurchaseModelChoice.MBG_NBD);
        ScoringReport first = crm.value().score(mbg);
        if (first.purchaseModel().isPresent()) {
            return first;
        }
        ScoringReport again = crm.value().score(mbg.penalizer(PENALIZER));
        List<String> notes = new ArrayList<>(first.notes());
        notes.add("scored again with penalizer " + PENALIZER + ", as that note advises");
        notes.addAll(again.notes());
        return new ScoringReport(again.asOf(), again.customers(), again.repeatCustomers(), again.purchaseModel(), again.spendModel(), notes,
                again.segments(), again.levels(), first.took().plus(again.took()));
    }
}
