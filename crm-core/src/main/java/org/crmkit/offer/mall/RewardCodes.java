package org.crmkit.offer.mall;

import java.security.SecureRandom;

/**
 * Makes the codes of digital rewards: 16 characters from an alphabet without look-alikes (no 0/O,
 * 1/I), in groups of four, about 80 random bits each, so that a code cannot be guessed.
 */
final class RewardCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / 4);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
