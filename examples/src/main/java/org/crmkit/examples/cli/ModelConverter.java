package org.crmkit.examples.cli;

import java.util.Locale;
import org.crmkit.value.btyd.PurchaseModelKind;
import org.crmkit.value.scoring.PurchaseModelChoice;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code bgnbd}, {@code mbgnbd}, {@code pareto} or {@code auto}, any case. */
final class ModelConverter implements ITypeConverter<PurchaseModelChoice> {

    @Override
    public PurchaseModelChoice convert(String value) {
        String name = value.trim().toLowerCase(Locale.ROOT);
        if (name.equals("auto")) {
            return PurchaseModelChoice.AUTO;
        }
        for (PurchaseModelChoice choice : PurchaseModelChoice.values()) {
            if (choice.kind().map(PurchaseModelKind::option).orElse("auto").equals(name)) {
                return choice;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a purchase model; use bgnbd, mbgnbd, pareto or auto");
    }

    /** The option text of a choice. */
    static String option(PurchaseModelChoice choice) {
        return choice.kind().map(PurchaseModelKind::option).orElse("auto");
    }
}
