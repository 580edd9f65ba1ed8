package vn.tongket.campaign;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A generated bloc for the benchmarks and the cluster tests, written straight into the organization tables
 * (codes {@code BM-…}): đảng bộ cơ sở with their chi bộ, chi bộ cơ sở, members spread evenly, tổ đảng in every
 * fourth branch (3 cells), {@code leadersPerCommittee} posts per đảng bộ cơ sở (secretary, deputy, 3 standing
 * members, committee members: the leaders voted on), a secretary and a deputy per branch, the bloc's BTV and two
 * members of the Ban Tổ chức. Does nothing when the bloc exists. Member codes are user ids (password as synced).
 */
public final class GeneratedBloc {

    public static final String P = "BM";
    static final int CELLS_PER_LARGE_BRANCH = 3;

    public record Size(int committees, int branchesPerCommittee, int grassrootsBranches, int members,
                       int leadersPerCommittee) {
        /** 40 × 3 + 40 = 200 grassroots-level units (plus 120 cells), 12,000 members, ~400 leaders. */
        public static Size province() {
            return new Size(40, 3, 40, 12_000, 10);
        }
    }

    private GeneratedBloc() {
    }

    public static String generate(JdbcTemplate jdbc, Size size) {
        String bloc = P + "-KHOI";
        if (jdbc.queryForObject("select count(*) from org_unit where code = ?", Integer.class, bloc) > 0) {
            return bloc;
        }
        long blocId = insertUnit(jdbc, bloc, "Đảng bộ Khối (benchmark)", "BLOC", null, true);
        List<Long> branches = new ArrayList<>();
        List<Long> committees = new ArrayList<>();
        List<Long> branchLike = new ArrayList<>();
        for (int c = 1; c <= size.committees(); c++) {
            long id = insertUnit(jdbc, P + "-DB" + c, "Đảng bộ cơ sở " + c, "GRASSROOTS_COMMITTEE", blocId, true);
            committees.add(id);
            for (int b = 1; b <= size.branchesPerCommittee(); b++) {
                long br = insertUnit(jdbc, P + "-DB" + c + "-CB" + b, "Chi bộ " + b + " của Đảng bộ " + c, "BRANCH", id, false);
                branches.add(br);
                branchLike.add(br);
            }
        }
        for (int g = 1; g <= size.grassrootsBranches(); g++) {
            long id = insertUnit(jdbc, P + "-CBCS" + g, "Chi bộ cơ sở " + g, "GRASSROOTS_BRANCH", blocId, false);
            branches.add(id);
            branchLike.add(id);
        }
        // tổ đảng in every fourth branch (the large ones: more than 30 members, the guidance's threshold)
        Map<Long, List<Long>> cells = new HashMap<>();
        for (int i = 0; i < branches.size(); i += 4) {
            long br = branches.get(i);
            String code = jdbc.queryForObject("select code from org_unit where id = ?", String.class, br);
            List<Long> ids = new ArrayList<>();
            for (int k = 1; k <= CELLS_PER_LARGE_BRANCH; k++) {
                ids.add(insertUnit(jdbc, code + "-T" + k, "Tổ đảng " + k + " của " + code, "CELL", br, false));
            }
            cells.put(br, ids);
        }
        List<Object[]> rows = new ArrayList<>();
        for (int m = 0; m < size.members(); m++) {
            long br = branches.get(m % branches.size());
            List<Long> cs = cells.get(br);
            rows.add(new Object[] {String.format("%s-DV%05d", P, m), "Nguyễn Văn " + m, br,
                    cs == null ? null : cs.get((m / branches.size()) % cs.size()),
                    Date.valueOf(LocalDate.of(1970 + m % 30, 1 + m % 12, 1 + m % 28)), "ACTIVE"});
        }
        jdbc.batchUpdate("insert into party_member (code, full_name, unit_id, cell_id, birth_date, status) values (?, ?, ?, ?, ?, ?)", rows);
        List<Object[]> posRows = new ArrayList<>();
        String[] committeeRoles = {"SECRETARY", "DEPUTY_SECRETARY", "STANDING_MEMBER", "STANDING_MEMBER", "STANDING_MEMBER"};
        for (Long unit : committees) {
            List<Long> ms = membersUnder(jdbc, unit);
            for (int k = 0; k < Math.min(size.leadersPerCommittee(), ms.size()); k++) {
                posRows.add(position(ms.get(k), unit, k < committeeRoles.length ? committeeRoles[k] : "COMMITTEE_MEMBER"));
            }
        }
        for (Long unit : branchLike) {
            List<Long> ms = membersUnder(jdbc, unit);
            if (ms.size() >= 2) {
                // the branch's secretary and deputy: its last members (the first ones lead the đảng bộ cơ sở)
                posRows.add(position(ms.get(ms.size() - 1), unit, "SECRETARY"));
                posRows.add(position(ms.get(ms.size() - 2), unit, "DEPUTY_SECRETARY"));
            }
        }
        // the bloc's BTV and the Ban Tổ chức: members of the first grassroots branches
        List<Long> blocPeople = jdbc.queryForList("select m.id from party_member m where m.unit_id = ? order by m.id",
                Long.class, branches.get(branches.size() - 1));
        String[] blocRoles = {"SECRETARY", "DEPUTY_SECRETARY", "STANDING_MEMBER", "STANDING_MEMBER", "ORGANIZATION_BOARD",
                "ORGANIZATION_BOARD"};
        for (int k = 0; k < Math.min(blocRoles.length, blocPeople.size()); k++) {
            posRows.add(position(blocPeople.get(k), blocId, blocRoles[k]));
        }
        jdbc.batchUpdate("insert into org_position (member_id, unit_id, role, start_date) values (?, ?, ?, ?)", posRows);
        return bloc;
    }

    private static List<Long> membersUnder(JdbcTemplate jdbc, long unit) {
        return jdbc.queryForList("select m.id from party_member m where m.unit_id = ? or m.unit_id in"
                + " (select u.id from org_unit u where u.parent_id = ?) order by m.id", Long.class, unit, unit);
    }

    private static Object[] position(long member, long unit, String role) {
        return new Object[] {member, unit, role, Date.valueOf("2010-01-01")};
    }

    private static long insertUnit(JdbcTemplate jdbc, String code, String name, String kind, Long parent, boolean standing) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into org_unit (code, name, kind, parent_id, has_standing_committee, active)"
                    + " values (?, ?, ?, ?, ?, true)", new String[] {"id"});
            ps.setString(1, code);
            ps.setString(2, name);
            ps.setString(3, kind);
            ps.setObject(4, parent);
            ps.setBoolean(5, standing);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

}
