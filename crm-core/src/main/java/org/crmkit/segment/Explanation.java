package org.crmkit.segment;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Why a customer is or is not in a segment: each criterion's verdict, nested as the criteria are.
 *
 * @param criterion the criterion's description
 * @param matched its verdict
 * @param parts the verdicts of its parts, for AND, OR and NOT; empty for a leaf
 * @since 0.1
 */
public record Explanation(String criterion, boolean matched, List<Explanation> parts) {

    /** Checks and normalises the components as the record's description says. */
    public Explanation {
        parts = ImmutableList.copyOf(parts);
    }

    /** An indented, one-line-per-criterion rendering, e.g. for a support agent's screen. */
    public String render() {
        StringBuilder out = new StringBuilder();
        render(out, 0);
        return out.toString();
    }

    private void render(StringBuilder out, int depth) {
        out.append("  ".repeat(depth)).append(matched ? "[yes] " : "[no]  ").append(criterion).append('\n');
        for (Explanation part : parts) {
            part.render(out, depth + 1);
        }
    }
}
