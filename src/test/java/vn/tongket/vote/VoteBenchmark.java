package vn.tongket.vote;

import vn.tongket.identity.TestLogins;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.organization.*;

/**
 * Figures, not a timed test (surefire skips *Benchmark). Run on H2:
 * {@code mvn -o -B test -Dtest=VoteBenchmark}; on MySQL/MariaDB:
 * {@code DB_URL=... DB_USER=... DB_PASSWORD=... TONGKET_ADMIN_PASSWORD=admin-test mvn -o -B test -Dtest=VoteBenchmark -Dspring.profiles.active=test,mysql}.
 * Prints: the in-memory tally of 100,000 ballots × 15 candidates, the same through the database (double entry
 * check + single pass + results), and 10,000 ballots entered through the REST API (MockMvc, HTTP Basic).
 */
@SpringBootTest
class VoteBenchmark {

    static final int CANDIDATES = 15;
    static final int BALLOTS = 100_000;
    static final int REST_BALLOTS = 10_000;

    @Autowired WebApplicationContext context;
    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired IdentitySyncService identity;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired VoteService votes;
    @Autowired Environment env;

    @Test
    void figures() throws Exception {
        String db = jdbc.queryForObject("select 1", Integer.class) == 1 ? String.join(",", env.getActiveProfiles()) : "?";
        System.out.println("=== VoteBenchmark, profiles " + db + ", " + Runtime.getRuntime().availableProcessors() + " CPUs ===");
        inMemory();
        OrgFixture f = new OrgFixture(units, members, positions, "VB" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        OrgUnit bloc = f.unit("BLOC", "Đảng bộ Khối (benchmark)", UnitKind.BLOC, null, true);
        long dbVote = vote(f, bloc, "G1");
        throughDatabase(dbVote);
        long restVote = vote(f, bloc, "G2");
        new TransactionTemplate(transactions).executeWithoutResult(s -> identity.sync());
        throughRest(f, restVote);
    }

    void inMemory() {
        String[] encoded = randomBallots(BALLOTS, new Random(1));
        List<BallotTally.Candidate> printed = new ArrayList<>();
        for (int c = 0; c < CANDIDATES; c++) {
            printed.add(new BallotTally.Candidate("m" + c, "Người " + c, "Ủy viên"));
        }
        long[] ms = new long[8];
        for (int run = 0; run < ms.length; run++) {
            long t0 = System.nanoTime();
            BallotTally t = new BallotTally(CANDIDATES, InvalidMarkScope.BALLOT);
            for (String e : encoded) {
                t.add(e, true);
            }
            t.results(printed, BALLOTS);
            ms[run] = (System.nanoTime() - t0) / 1_000;
        }
        System.out.printf("in-memory tally %,d ballots x %d candidates: first %.1f ms, best %.1f ms, median %.1f ms (of %d runs)%n",
                BALLOTS, CANDIDATES, ms[0] / 1000.0, Arrays.stream(ms).min().orElse(0) / 1000.0, median(ms) / 1000.0, ms.length);
    }

    long vote(OrgFixture f, OrgUnit bloc, String local) {
        OrgUnit g = f.unit(local, "Đảng bộ benchmark " + local, UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
        OrgUnit branch = f.unit(local + "CB", "Chi bộ benchmark " + local, UnitKind.BRANCH, g, false);
        for (int c = 0; c < CANDIDATES; c++) {
            PartyMember m = f.member(local + "m" + c, "Ủy viên Thường vụ số " + c, branch);
            f.position(m, g, c == 0 ? PositionRole.SECRETARY : c < 3 ? PositionRole.DEPUTY_SECRETARY : PositionRole.STANDING_MEMBER);
        }
        for (String k : List.of("k1", "k2")) {
            f.position(f.member(local + k, "Ủy viên ban kiểm phiếu " + k, branch), g, PositionRole.COMMITTEE_MEMBER);
        }
        long id = votes.prepare(g.getCode(), 2032, LocalDate.of(2032, 12, 20), null).voteId();
        // the counting board (two participants, not on the ballot), approved, conference opened: entry allowed
        votes.proposeBoard(id, List.of(f.code(local + "k1"), f.code(local + "k2")),
                new VoteViews.Actor("system", List.of("ban-to-chuc"), false));
        votes.approveBoard(id, true, new VoteViews.Actor("system", List.of("btv-" + g.getCode()), false));
        votes.openConference(id);
        boardOf.put(id, new VoteViews.Actor(f.code(local + "k1"), List.of("bch-" + g.getCode()), false));
        return id;
    }

    final Map<Long, VoteViews.Actor> boardOf = new java.util.HashMap<>();

    void throughDatabase(long voteId) {
        String[] encoded = randomBallots(BALLOTS, new Random(2));
        long t0 = System.nanoTime();
        List<Object[]> serials = new ArrayList<>(BALLOTS);
        List<Object[]> entries = new ArrayList<>(BALLOTS * 2);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        for (int i = 0; i < BALLOTS; i++) {
            String s = String.format("%06d", i + 1);
            serials.add(new Object[] {voteId, s});
            entries.add(new Object[] {voteId, "A", s, encoded[i], false, "benchA", now});
            entries.add(new Object[] {voteId, "B", s, encoded[i], false, "benchB", now});
        }
        for (int i = 0; i < serials.size(); i += 5000) {
            jdbc.batchUpdate("insert into vote_serial (vote_id, serial) values (?,?)", serials.subList(i, Math.min(serials.size(), i + 5000)));
        }
        for (int i = 0; i < entries.size(); i += 5000) {
            jdbc.batchUpdate("insert into vote_ballot_entry (vote_id, clerk, serial, marks, signed, entered_by, entered_at) values (?,?,?,?,?,?,?)",
                    entries.subList(i, Math.min(entries.size(), i + 5000)));
        }
        jdbc.update("update vote_conference set status = 'ENTRY', clerk_a = 'benchA', clerk_b = 'benchB' where id = ?", voteId);
        long load = System.nanoTime() - t0;
        VoteViews.Actor admin = boardOf.get(voteId);   // a counting-board member counts
        long[] ms = new long[3];
        VoteViews.TallyView last = null;
        for (int run = 0; run < ms.length; run++) {
            long t1 = System.nanoTime();
            last = votes.count(voteId, admin);
            ms[run] = (System.nanoTime() - t1) / 1_000_000;
        }
        assertThat(last.lines()).hasSize(CANDIDATES);
        assertThat(last.lines().get(0).collected()).isEqualTo(BALLOTS);
        System.out.printf("database: loaded %,d serials + %,d entries (2 clerks) in %,d ms; count (compare A/B + single pass + store) "
                + "%,d ms first, %,d ms best of %d%n", BALLOTS, BALLOTS * 2, load / 1_000_000, ms[0],
                Arrays.stream(ms).min().orElse(0), ms.length);
    }

    void throughRest(OrgFixture f, long voteId) throws Exception {
        MockMvc mvc = TestLogins.mockMvc(context);
        ObjectMapper json = new ObjectMapper();
        String clerk = "Basic " + Base64.getEncoder().encodeToString((f.code("G2k1") + ":demo").getBytes(StandardCharsets.UTF_8));
        for (int from = 1; from <= REST_BALLOTS; from += SerialRange.MAX_PER_CALL) {   // at most 2,000 serials per call
            int to = Math.min(REST_BALLOTS, from + SerialRange.MAX_PER_CALL - 1);
            int status = mvc.perform(post("/api/votes/" + voteId + "/serials").header("Authorization", clerk)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"from\":" + from + ",\"to\":" + to + ",\"width\":5}"))
                    .andReturn().getResponse().getStatus();
            assertThat(status).isEqualTo(200);
        }
        Random rnd = new Random(3);
        long[] each = new long[REST_BALLOTS];
        long t0 = System.nanoTime();
        for (int i = 0; i < REST_BALLOTS; i++) {
            List<String> marks = new ArrayList<>(CANDIDATES);
            for (int c = 0; c < CANDIDATES; c++) {
                marks.add(String.valueOf(1 + rnd.nextInt(3)));
            }
            String body = json.writeValueAsString(Map.of("serial", String.format("%05d", i + 1), "marks", marks, "otherText", false, "signed", false));
            long t1 = System.nanoTime();
            int st = mvc.perform(post("/api/votes/" + voteId + "/entries/A").header("Authorization", clerk)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
            each[i] = System.nanoTime() - t1;
            if (st != 200) {
                throw new IllegalStateException("entry " + i + " → " + st);
            }
        }
        long total = System.nanoTime() - t0;
        Arrays.sort(each);
        System.out.printf("REST: %,d ballots x %d candidates entered (POST /entries/A, HTTP Basic) in %,d ms = %.0f ballots/s; "
                + "per ballot p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", REST_BALLOTS, CANDIDATES, total / 1_000_000,
                REST_BALLOTS / (total / 1e9), each[REST_BALLOTS / 2] / 1e6, each[REST_BALLOTS * 95 / 100] / 1e6, each[REST_BALLOTS - 1] / 1e6);
    }

    static String[] randomBallots(int n, Random rnd) {
        String[] out = new String[n];
        char[] buf = new char[CANDIDATES];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < CANDIDATES; c++) {
                int r = rnd.nextInt(100);
                buf[c] = r < 97 ? "124".charAt(r % 3) : "0356".charAt(r % 4);   // ~3 % badly marked names
            }
            out[i] = new String(buf);
        }
        return out;
    }

    static long median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
