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

    private static final HexFormat HEX = HexFormat.of();

    /**
     * Per thread, what one fingerprint reuses: the SHA-256 digest (reset by each {@code digest}), the
     * text's builder and its UTF-8 bytes. A fingerprint taken while one is under way on the thread
     * (a component's {@code toString()} asking for one) takes the plain way instead.
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private Fingerprint() {}

    /**
     * The SHA-256 (lower-case hex) of {@code command.toString()}.
     *
     * @throws NullPointerException if {@code command} is null
     */
    public static String of(Object command) {
        checkNotNull(command, "command");
        Scratch scratch = SCRATCH.get();
        if (scratch.busy) {
            return HEX.formatHex(sha256().digest(text(command).getBytes(StandardCharsets.UTF_8)));
        }
        scratch.busy = true;
        try {
            scratch.text.setLength(0);
            int length = scratch.utf8(textInto(command, scratch.text));
            scratch.sha256.update(scratch.bytes, 0, length);
            return HEX.formatHex(scratch.sha256.digest());
        } finally {
            scratch.busy = false;
            scratch.shrinkAfterHugeText();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** One thread's digest, text builder and byte buffer. */
    private static final class Scratch {
        private static final int KEPT_BYTES = 1 << 16;

        final MessageDigest sha256 = sha256();
        StringBuilder text = new StringBuilder(256);
        byte[] bytes = new byte[512];
        boolean busy;

        /** A rare huge command does not pin its text and bytes to the thread. */
        void shrinkAfterHugeText() {
            if (text.capacity() > KEPT_BYTES) {
                text = new StringBuilder(256);
            }
            if (bytes.length > KEPT_BYTES) {
                bytes = new byte[512];
            }
        }

        /**
         * Writes {@code text} as UTF-8 into {@link #bytes} and returns how many bytes it took: the
         * bytes {@code String.getBytes(UTF_8)} gives, a surrogate without its pair as {@code '?'}.
         */
        int utf8(CharSequence text) {
            int length = text.length();
            if (bytes.length < 3 * length) {
                bytes = new byte[Math.max(3 * length, 512)];
            }
            byte[] out = bytes;
            int n = 0;
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    out[n++] = (byte) c;
                } else if (c < 0x800) {
                    out[n++] = (byte) (0xC0 | c >> 6);
                    out[n++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    char low;
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(low = text.charAt(i + 1))) {
                        int codePoint = Character.toCodePoint(c, low);
                        out[n++] = (byte) (0xF0 | codePoint >> 18);
                        out[n++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                        out[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                        out[n++] = (byte) (0x80 | codePoint & 0x3F);
                        i++;
                    } else {
                        out[n++] = '?';
                    }
                } else {
                    out[n++] = (byte) (0xE0 | c >> 12);
                    out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                    out[n++] = (byte) (0x80 | c & 0x3F);
                }
            }
            return n;
        }
    }

    /**
     * {@code command.toString()}: for a record whose {@code toString()} the compiler wrote, built in
     * {@code into} (and {@code into} returned); otherwise the text itself.
     */
    private static CharSequence textInto(Object command, StringBuilder into) {
        if (command instanceof Record record) {
            RecordText text = TEXTS.get(record.getClass());
            if (text != null) {
                return text.render(record, into);
            }
        }
        return command.toString();
    }

    /** {@code command.toString()}, built directly for a record whose {@code toString()} the compiler wrote. */
    static String text(Object command) {
        return textInto(command, new StringBuilder(128)).toString();
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

        /** The record's text: built in {@code into} (empty) once trusted, else its own {@code toString()}. */
        CharSequence render(Record record, StringBuilder into) {
            Boolean trust = trusted;
            if (Boolean.FALSE.equals(trust)) {
                return record.toString();
            }
            build(record, into);
            if (trust == null) {
                String declared = record.toString();
                trusted = declared.contentEquals(into);
                return declared;
            }
            return into;
        }

        private void build(Record record, StringBuilder text) {
            text.append(prefix);
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    text.append(", ");
                }
                RecordParts.Part part = parts.get(i);
                text.append(part.name()).append('=').append(part.of(record));
            }
            text.append(']');
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
