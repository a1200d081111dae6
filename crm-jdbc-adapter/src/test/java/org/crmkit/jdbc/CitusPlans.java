package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Citus's plans of recorded statements: each statement EXPLAINed on the coordinator with the
 * parameters it ran with, and what a plan says about where it runs (how many tasks, on which
 * workers).
 */
final class CitusPlans {

    private static final Pattern TASKS = Pattern.compile("Task Count: (\\d+)");
    private static final Pattern NODE = Pattern.compile("Node: host=(\\S+) port=(\\d+)");

    private CitusPlans() {}

    /** The statements sent together in one string, each with its own parameters. */
    static List<LedgerFailingDataSource.Executed> split(List<LedgerFailingDataSource.Executed> executed) {
        List<LedgerFailingDataSource.Executed> one = new ArrayList<>();
        for (LedgerFailingDataSource.Executed statement : executed) {
            int next = 1;
            for (String part : statement.sql().split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                int marks = (int) part.chars().filter(ch -> ch == '?').count();
                Map<Integer, Object> params = new TreeMap<>();
                for (int i = 0; i < marks; i++) {
                    params.put(i + 1, statement.parameters().getOrDefault(next + i, LedgerFailingDataSource.NULL));
                }
                next += marks;
                one.add(new LedgerFailingDataSource.Executed(part, params));
            }
        }
        return one;
    }

    /** The recorded statements, split, that read or write a crmkit table and can be EXPLAINed. */
    static List<LedgerFailingDataSource.Executed> ofCrmkitTables(List<LedgerFailingDataSource.Executed> executed) {
        return split(executed).stream().filter(e -> {
            String sql = e.sql().strip();
            String head = sql.substring(0, Math.min(6, sql.length())).toUpperCase(Locale.ROOT);
            return sql.toLowerCase(Locale.ROOT).contains("crm_") && (head.startsWith("SELECT") || head.startsWith("INSERT")
                    || head.startsWith("UPDATE") || head.startsWith("DELETE") || head.startsWith("WITH"));
        }).toList();
    }

    /** The plan of {@code statement}, EXPLAINed with its parameters. */
    static String plan(DataSource coordinator, LedgerFailingDataSource.Executed statement) throws SQLException {
        try (Connection c = coordinator.getConnection()) {
            return plan(c, statement);
        }
    }

    /** The plan of {@code statement}, EXPLAINed with its parameters on {@code c} (inside its transaction, if one is open). */
    static String plan(Connection c, LedgerFailingDataSource.Executed statement) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("EXPLAIN " + statement.sql())) {
            for (Map.Entry<Integer, Object> p : statement.parameters().entrySet()) {
                if (p.getValue() == LedgerFailingDataSource.NULL) {
                    s.setNull(p.getKey(), Types.OTHER);
                } else {
                    s.setObject(p.getKey(), p.getValue());
                }
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    /** The task count of each distributed scan in {@code plan}. */
    static List<Integer> tasks(String plan) {
        List<Integer> counts = new ArrayList<>();
        Matcher m = TASKS.matcher(plan);
        while (m.find()) {
            counts.add(Integer.parseInt(m.group(1)));
        }
        return counts;
    }

    /** The workers ({@code host:port}) the tasks shown in {@code plan} run on. */
    static List<String> nodes(String plan) {
        List<String> nodes = new ArrayList<>();
        Matcher m = NODE.matcher(plan);
        while (m.find()) {
            nodes.add(m.group(1) + ":" + m.group(2));
        }
        return nodes;
    }
}
