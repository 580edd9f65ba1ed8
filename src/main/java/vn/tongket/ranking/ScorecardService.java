package vn.tongket.ranking;

import vn.tongket.common.CampaignTime;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.DomainException;
import vn.tongket.organization.UnitCategory;

/**
 * The scorecard of each campaign year in the {@code ranking_*} tables. A year without one gets a copy of the
 * closest earlier year's (else the latest) on first use; with no scorecard at all, {@link DefaultScorecard}.
 */
@Service
public class ScorecardService {

    private final JdbcTemplate jdbc;

    public ScorecardService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Scorecard forYear(int year) {
        Long id = idOf(year);
        if (id == null) {
            List<Integer> years = jdbc.queryForList("select campaign_year from ranking_scorecard order by campaign_year", Integer.class);
            Integer source = years.stream().filter(y -> y < year).reduce((a, b) -> b)
                    .orElse(years.isEmpty() ? null : years.get(years.size() - 1));
            Scorecard copy = source == null ? DefaultScorecard.of(year) : load(idOf(source), source);
            String title = source == null ? copy.title() : copy.title() + " (sao chép từ năm " + source + ")";
            store(new Scorecard(year, title.length() > 255 ? title.substring(0, 255) : title, copy.groups(), copy.bands(), copy.vetoes()), "system");
            id = idOf(year);
        }
        return load(id, year);
    }

    /** Replaces the scorecard of the year after validating it. */
    @Transactional
    public Scorecard replace(int year, Scorecard scorecard, String userId) {
        if (scorecard.year() != year) {
            throw new DomainException("year", "Năm của bảng điểm (" + scorecard.year() + ") khác năm trên đường dẫn (" + year + ")");
        }
        scorecard.validated();
        Long id = idOf(year);
        if (id != null) {
            jdbc.update("delete from ranking_criterion where group_id in (select id from ranking_criterion_group where scorecard_id = ?)", id);
            jdbc.update("delete from ranking_criterion_group where scorecard_id = ?", id);
            jdbc.update("delete from ranking_category_band where scorecard_id = ?", id);
            jdbc.update("delete from ranking_veto where scorecard_id = ?", id);
            jdbc.update("delete from ranking_scorecard where id = ?", id);
        }
        store(scorecard, userId);
        return load(idOf(year), year);
    }

    private Long idOf(int year) {
        return jdbc.query("select id from ranking_scorecard where campaign_year = ?", rs -> rs.next() ? rs.getLong(1) : null, year);
    }

    private void store(Scorecard s, String userId) {
        long id = insert("insert into ranking_scorecard (campaign_year, title, updated_by, updated_at) values (?, ?, ?, ?)",
                s.year(), s.title() == null || s.title().isBlank() ? "Bảng điểm năm " + s.year() : s.title(), userId,
                CampaignTime.nowTimestamp());
        int g = 0;
        for (Scorecard.CriterionGroup group : s.groups()) {
            long groupId = insert("insert into ranking_criterion_group (scorecard_id, code, name, sort_no) values (?, ?, ?, ?)",
                    id, group.code(), group.name(), g++);
            int c = 0;
            for (Scorecard.Criterion criterion : group.criteria()) {
                jdbc.update("insert into ranking_criterion (group_id, code, name, max_points, sort_no) values (?, ?, ?, ?, ?)",
                        groupId, criterion.code(), criterion.name(), criterion.maxPoints(), c++);
            }
        }
        for (Scorecard.CategoryBand band : s.bands()) {
            jdbc.update("insert into ranking_category_band (scorecard_id, category, min_score) values (?, ?, ?)",
                    id, band.category().name(), band.minScore());
        }
        for (Scorecard.Veto veto : s.vetoes()) {
            jdbc.update("insert into ranking_veto (scorecard_id, code, max_category, reason) values (?, ?, ?, ?)",
                    id, veto.code(), veto.maxCategory().name(), veto.reason());
        }
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return Objects.requireNonNull(keys.getKeyList().get(0).values().iterator().next(), "generated id")
                instanceof Number n ? n.longValue() : 0L;
    }

    private Scorecard load(Long id, int year) {
        String title = jdbc.queryForObject("select title from ranking_scorecard where id = ?", String.class, id);
        List<Scorecard.CriterionGroup> groups = new ArrayList<>();
        jdbc.query("select id, code, name from ranking_criterion_group where scorecard_id = ? order by sort_no", rs -> {
            long groupId = rs.getLong("id");
            List<Scorecard.Criterion> criteria = jdbc.query(
                    "select code, name, max_points from ranking_criterion where group_id = ? order by sort_no",
                    (r, i) -> new Scorecard.Criterion(r.getString("code"), r.getString("name"), scaled(r.getBigDecimal("max_points"))),
                    groupId);
            groups.add(new Scorecard.CriterionGroup(rs.getString("code"), rs.getString("name"), criteria));
        }, id);
        List<Scorecard.CategoryBand> bands = jdbc.query("select category, min_score from ranking_category_band where scorecard_id = ?",
                (r, i) -> new Scorecard.CategoryBand(UnitCategory.valueOf(r.getString("category")), scaled(r.getBigDecimal("min_score"))), id);
        List<Scorecard.Veto> vetoes = jdbc.query("select code, max_category, reason from ranking_veto where scorecard_id = ? order by id",
                (r, i) -> new Scorecard.Veto(r.getString("code"), UnitCategory.valueOf(r.getString("max_category")), r.getString("reason")), id);
        return new Scorecard(year, title, groups, bands, vetoes);
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }
}
