package vn.tongket.simulation;

import vn.tongket.campaign.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.UnitCategory;

/**
 * The demo bloc's planned 2013 results ({@code demo/history-2013-ranking.csv}, the cases the demo was written for:
 * eligible and non-eligible for every award). When the simulated year has planned results, the simulated
 * committees score and rank as planned, so a simulated 2013 reproduces the demo's commendation cases; other
 * units, members and years get generated answers.
 */
@Component
@OnSimulationEnabled
public class PlannedRanking {

    static final String RESOURCE = "/demo/history-2013-ranking.csv";

    public record UnitPlan(BigDecimal score, UnitCategory category) {
    }

    public record MemberPlan(MemberCategory category, String notRankedReason) {
    }

    private final Map<String, UnitPlan> units = new HashMap<>();
    private final Map<String, MemberPlan> members = new HashMap<>();

    public PlannedRanking() {
        try (InputStream in = PlannedRanking.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                if (line.startsWith("#") || f.length < 10 || f[0].equals("type")) {
                    continue;
                }
                String key = f[1] + "/" + (f[0].equals("UNIT_RANKING") ? f[2] : f[3]);
                if (f[0].equals("UNIT_RANKING")) {
                    units.put(key, new UnitPlan(new BigDecimal(f[4]), UnitCategory.valueOf(f[5])));
                } else if (f[0].equals("MEMBER_RANKING") && !f[8].isBlank()) {
                    members.put(key, new MemberPlan(MemberCategory.valueOf(f[8]), f[9].isBlank() ? null : f[9]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<UnitPlan> unit(String unitCode, int year) {
        return Optional.ofNullable(units.get(year + "/" + unitCode));
    }

    public Optional<MemberPlan> member(String memberCode, int year) {
        return Optional.ofNullable(members.get(year + "/" + memberCode));
    }
}
