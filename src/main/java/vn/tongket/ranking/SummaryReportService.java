package vn.tongket.ranking;

import vn.tongket.common.CampaignTime;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.DomainException;
import vn.tongket.organization.OrgUnit;

/** The year-end summary report (báo cáo tổng kết) and its conference, in {@code ranking_summary_report}. */
@Service
@Transactional
public class SummaryReportService {

    /** Section headings: the general assessment (per 07-HD/ĐU) and the four extra topics of part B.I.2. */
    public static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("generalAssessment", "Đánh giá chung công tác xây dựng Đảng năm (theo Hướng dẫn 07-HD/ĐU)");
        SECTIONS.put("topicBranchMeetings", "Kết quả thực hiện chủ trương \"Năm nâng cao chất lượng sinh hoạt chi bộ\"");
        SECTIONS.put("topicMemberRecords", "Kế hoạch 37-KH/ĐU: trang bị túi hồ sơ đảng viên mới, quản lý hồ sơ đảng viên");
        SECTIONS.put("topicCommitteeBooks", "Hiệu quả trang bị, sử dụng văn kiện, sách nghiệp vụ và \"Tủ sách cấp ủy cơ sở\"");
        SECTIONS.put("topicEthicsStandards", "Hướng dẫn 21-HD/ĐU: rà soát, bổ sung chuẩn mực đạo đức cán bộ, đảng viên theo tấm gương đạo đức Hồ Chí Minh");
    }

    private static final String[] COLUMNS = {"general_assessment", "topic_branch_meetings", "topic_member_records",
            "topic_committee_books", "topic_ethics_standards"};

    private final JdbcTemplate jdbc;
    private final UnitRankingService units;

    public SummaryReportService(JdbcTemplate jdbc, UnitRankingService units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Stores the report; every section is required (a topic not relevant is stated as such). */
    public void save(String unitCode, int year, LocalDate conferenceDate, String representative,
                     Map<String, String> sections, String userId) {
        OrgUnit unit = units.grassroots(unitCode);
        String[] keys = SECTIONS.keySet().toArray(String[]::new);
        Object[] texts = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            String text = sections.get(keys[i]);
            if (text == null || text.isBlank()) {
                throw new DomainException(keys[i], "Báo cáo tổng kết thiếu phần \"" + SECTIONS.get(keys[i]) + "\"");
            }
            texts[i] = text.trim();
        }
        jdbc.update("delete from ranking_summary_report where unit_id = ? and campaign_year = ?", unit.getId(), year);
        jdbc.update("insert into ranking_summary_report (unit_id, campaign_year, conference_date, bloc_representative, "
                        + String.join(", ", COLUMNS) + ", submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                unit.getId(), year, conferenceDate == null ? null : Date.valueOf(conferenceDate), representative,
                texts[0], texts[1], texts[2], texts[3], texts[4], userId, CampaignTime.nowTimestamp());
    }

    /** The stored report: unit, year, conference date, representative and the sections, or 404-like refusal. */
    @Transactional(readOnly = true)
    public Map<String, Object> report(String unitCode, int year) {
        OrgUnit unit = units.grassroots(unitCode);
        return jdbc.query("select * from ranking_summary_report where unit_id = ? and campaign_year = ?", rs -> {
            if (!rs.next()) {
                throw new DomainException("unitCode", "Đơn vị " + unitCode + " chưa có báo cáo tổng kết năm " + year);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("unitCode", unit.getCode());
            out.put("unitName", unit.getName());
            out.put("year", year);
            Date d = rs.getDate("conference_date");
            out.put("conferenceDate", d == null ? null : d.toLocalDate().toString());
            out.put("blocRepresentative", rs.getString("bloc_representative"));
            String[] keys = SECTIONS.keySet().toArray(String[]::new);
            Map<String, String> sections = new LinkedHashMap<>();
            for (int i = 0; i < keys.length; i++) {
                sections.put(keys[i], rs.getString(COLUMNS[i]));
            }
            out.put("sections", sections);
            return out;
        }, unit.getId(), year);
    }
}
