package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint an idempotent operation stores beside its result: the SHA-256 (hex) of the
 * command's {@code toString()}. Replaying a key with a command of another fingerprint is refused.
 *
 * <p>Stored fingerprints must stay comparable across versions, so the text hashed is exactly the
 * command's {@code toString()}. For a record with the {@code toString()} the compiler wrote
 * ({@code Name[a=1, b=x]}), that text is built here directly, without the {@code String.format}
 * the JDK's record {@code toString()} uses, which cost a tenth of a ledger operation.
 *
 * @since 0.2
 */
public final class Fingerprint {

    /**
     * A SHA-256 digest per thread, reset by each {@code digest}: the same bytes Guava's {@code
     * Hashing.sha256().hashString(text, UTF_8)} gave, without cloning a digest for every command.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    });

    private Fingerprint() {}

    /**
     * The SHA-256 (lower-case hex) of {@code command.toString()}.
     *
     * @throws NullPointerException if {@code command} is null
     */
    public static String of(Object command) {
        checkNotNull(command, "command");
        return HexFormat.of().formatHex(SHA_256.get().digest(text(command).getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code command.toString()}, built directly for a record whose {@code toString()} the compiler wrote. */
    static String text(Object command) {
        if (command instanceof Record record) {
            RecordText text = TEXTS.get(record.getClass());
            if (text != null) {
                return text.render(record);
            }
        }
        return command.toString();
    }

    /**
     * Renders a record as its compiler-written {@code toString()} does. Trusted for a class only
     * once the first record of it rendered exactly as its {@code toString()}: a class that writes
     * its own {@code toString()} (masking a value, say) never takes this way.
     */
    private static final class RecordText {
        private final String prefix;
        private final List<RecordParts.Part> parts;
        private volatile Boolean trusted;

        RecordText(Class<?> type, List<RecordParts.Part> parts) {
            this.prefix = type.getSimpleName() + "[";
            this.parts = parts;
        }

        String render(Record record) {
            Boolean trust = trusted;
            if (Boolean.FALSE.equals(trust)) {
                return record.toString();
            }
            String built = build(record);
            if (trust == null) {
                String declared = record.toString();
                trusted = declared.equals(built);
                return declared;
            }
            return built;
        }

        private String build(Record record) {
            StringBuilder text = new StringBuilder(128).append(prefix);
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    text.append(", ");
                }
                RecordParts.Part part = parts.get(i);
                text.append(part.name()).append('=').append(part.of(record));
            }
            return text.append(']').toString();
        }
    }

    /** Each record class's renderer; null where the record declares its own {@code toString()}. */
    private static final ClassValue<RecordText> TEXTS = new ClassValue<>() {
        @Override
        protected RecordText computeValue(Class<?> type) {
            try {
                // the compiler writes a record's toString() final; one written by hand rarely is
                List<RecordParts.Part> parts = RecordParts.of(type);
                return parts != null && Modifier.isFinal(type.getDeclaredMethod("toString").getModifiers()) ? new RecordText(type, parts) : null;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    };
}
