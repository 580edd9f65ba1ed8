package vn.tongket.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tongket.evaluation.EvaluationStatus;
import vn.tongket.evaluation.EvaluationTestData;
import vn.tongket.evaluation.LeaderCategory;
import vn.tongket.evaluation.LeaderEvaluation;
import vn.tongket.evaluation.LeaderEvaluationRepository;
import vn.tongket.evaluation.SubjectKind;
import vn.tongket.organization.AwardKind;
import vn.tongket.organization.CommendationRecord;
import vn.tongket.organization.CommendationRepository;
import vn.tongket.organization.ConfidenceResultRecord;
import vn.tongket.organization.ConfidenceResultRepository;
import vn.tongket.organization.HistorySource;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.UnitCategory;
import vn.tongket.organization.UnitKind;
import vn.tongket.organization.UnitRankingRecord;
import vn.tongket.organization.UnitRankingRepository;

/** Report figures computed from history rows inserted here (year 2042, own units), and their PDF/xlsx output. */
@SpringBootTest
class ReportServiceIT {

    static final int YEAR = 2042;
    static EvaluationTestData d;
    static OrgUnit g2;
    static PartyMember[] b;
    static PartyMember[] c;

    @Autowired ReportService reports;
    @Autowired ReportFiles files;
    @Autowired PdfReportRenderer pdf;
    @Autowired XlsxReportRenderer xlsx;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired MemberRankingRepository memberRankings;
    @Autowired UnitRankingRepository unitRankings;
    @Autowired ConfidenceResultRepository votes;
    @Autowired CommendationRepository commendations;
    @Autowired LeaderEvaluationRepository evaluations;

    @AfterAll
    static void retireTestUnits(@Autowired JdbcTemplate jdbc) {
        EvaluationTestData.retire(jdbc, "RPT1-");
    }

    @BeforeEach
    void data() {
        if (d != null) {
            return;
        }
        d = new EvaluationTestData(units, members, positions, "RPT1");
        g2 = d.f.unit("G2", "Chi bộ Ban Kiểm thử RPT1", UnitKind.GRASSROOTS_BRANCH, d.bloc, false);
        b = new PartyMember[] {d.secretary, d.standing, d.branchSecretary, d.plain, d.board};
        c = new PartyMember[] {d.f.member("C1", "Đỗ Văn Một", g2), d.f.member("C2", "Đỗ Văn Hai", g2), d.f.member("C3", "Đỗ Văn Ba", g2)};

        unitRank(d.grassroots, "96.50", UnitCategory.EXEMPLARY_CLEAN_STRONG);
        unitRank(g2, "90.00", UnitCategory.CLEAN_STRONG);
        MemberCategory[] inB = {MemberCategory.EXCELLENT, MemberCategory.COMPLETED_WELL, MemberCategory.COMPLETED_WELL,
                MemberCategory.COMPLETED, MemberCategory.NOT_RANKED};
        for (int i = 0; i < b.length; i++) {
            EvaluationTestData.ranking(memberRankings, b[i], YEAR, inB[i], inB[i]);
        }
        EvaluationTestData.ranking(memberRankings, c[0], YEAR, MemberCategory.COMPLETED_WELL, MemberCategory.COMPLETED_WELL);
        EvaluationTestData.ranking(memberRankings, c[1], YEAR, MemberCategory.EXCELLENT, MemberCategory.COMPLETED_WELL);
        EvaluationTestData.ranking(memberRankings, c[2], YEAR, MemberCategory.COMPLETED, MemberCategory.VIOLATED_OR_NOT_COMPLETED);

        EvaluationTestData.vote(votes, d.secretary, YEAR, d.grassroots, 60, 20, 9, 31);
        votes.save(new ConfidenceResultRecord(d.standing.getId(), YEAR, d.grassroots.getId(), "Ủy viên BTV",
                46, 45, 44, 30, 10, 4, HistorySource.PROCESS));
        EvaluationTestData.vote(votes, d.branchSecretary, YEAR, d.grassroots, 30, 5, 5, 20);
        // ½ to <⅔ LOW the year before and this year: relieved of post (two years in three)
        EvaluationTestData.vote(votes, c[0], YEAR - 1, g2, 10, 2, 3, 5);
        EvaluationTestData.vote(votes, c[0], YEAR, g2, 10, 2, 2, 6);

        commendations.save(new CommendationRecord(null, g2.getId(), YEAR, AwardKind.BLOC_CERTIFICATE, "DANG_UY_KHOI",
                "12-QĐ/ĐU", LocalDate.of(YEAR + 1, 1, 20), HistorySource.PROCESS));
        commendations.save(new CommendationRecord(d.secretary.getId(), null, YEAR, AwardKind.PROVINCE_MERIT, "TINH_UY",
                "345-QĐ/TU", LocalDate.of(YEAR + 1, 2, 1), HistorySource.PROCESS));
        commendations.save(new CommendationRecord(d.plain.getId(), null, YEAR, AwardKind.BLOC_CERTIFICATE, "DANG_UY_KHOI",
                "12-QĐ/ĐU", LocalDate.of(YEAR + 1, 1, 20), HistorySource.PROCESS));

        evaluation(SubjectKind.COLLECTIVE, null, LeaderCategory.EXCELLENT, false, false);
        evaluation(SubjectKind.CADRE, d.secretary, LeaderCategory.NOT_COMPLETED, true, false);
        evaluation(SubjectKind.CADRE, d.standing, LeaderCategory.COMPLETED_WELL, false, false);
        evaluation(SubjectKind.CADRE, d.branchSecretary, null, false, true);
    }

    private void unitRank(OrgUnit u, String score, UnitCategory category) {
        unitRankings.save(newUnitRanking(u.getId(), new BigDecimal(score), category));
    }

    private static UnitRankingRecord newUnitRanking(Long unitId, BigDecimal score, UnitCategory category) {
        return new UnitRankingRecord(unitId, YEAR, score, category, HistorySource.PROCESS);
    }

    private void evaluation(SubjectKind kind, PartyMember m, LeaderCategory category, boolean lowOverHalf, boolean late) {
        String key = d.grassroots.getCode() + (m == null ? "" : ":" + m.getCode()) + ":" + YEAR;
        LeaderEvaluation e = new LeaderEvaluation(key, YEAR, kind, d.grassroots.getId(), m == null ? null : m.getId(),
                LocalDateTime.of(YEAR + 1, 1, 2, 8, 0));
        e.setDecidingGroup("btv-x");
        e.setDecidingLevel("Ban Thường vụ Đảng ủy Khối");
        e.setCategory(category);
        e.setStatus(category == null ? EvaluationStatus.OPEN : EvaluationStatus.DECIDED);
        e.setLowOverHalf(lowOverHalf);
        e.setLate(late);
        evaluations.save(e);
    }

    @Test
    void reviewRanking_countsAndPercentagesPerGrassrootsUnit_notRankedOutOfDenominator() {
        Reports.ReviewRankingReport r = reports.reviewRanking(YEAR, d.grassroots.getCode());
        assertThat(r.units()).singleElement().satisfies(u -> {
            assertThat(u.category()).isEqualTo(UnitCategory.EXEMPLARY_CLEAN_STRONG);
            assertThat(u.score()).isEqualByComparingTo("96.5");
        });
        Reports.MemberRankingRow row = r.members().get(0);
        assertThat(r.members()).hasSize(1);
        assertThat(row.unitCode()).isEqualTo(d.grassroots.getCode());
        assertThat(row.counts()).containsEntry(MemberCategory.EXCELLENT, 1).containsEntry(MemberCategory.COMPLETED_WELL, 2)
                .containsEntry(MemberCategory.COMPLETED, 1).containsEntry(MemberCategory.VIOLATED_OR_NOT_COMPLETED, 0)
                .containsEntry(MemberCategory.NOT_RANKED, 1);
        assertThat(row.ranked()).isEqualTo(4);
        assertThat(row.percents().get(MemberCategory.EXCELLENT)).isEqualByComparingTo("25.00");
        assertThat(row.percents().get(MemberCategory.COMPLETED_WELL)).isEqualByComparingTo("50.00");

        Reports.ReviewRankingReport bloc = reports.reviewRanking(YEAR, null);
        assertThat(bloc.members()).extracting(Reports.MemberRankingRow::unitCode).contains(d.grassroots.getCode(), g2.getCode());
        Reports.MemberRankingRow ofG2 = bloc.members().stream().filter(m -> m.unitCode().equals(g2.getCode())).findFirst().orElseThrow();
        assertThat(ofG2.counts()).containsEntry(MemberCategory.COMPLETED_WELL, 2).containsEntry(MemberCategory.VIOLATED_OR_NOT_COMPLETED, 1);
        assertThat(ofG2.percents().get(MemberCategory.COMPLETED_WELL)).isEqualByComparingTo("66.67");
        assertThat(ofG2.percents().get(MemberCategory.VIOLATED_OR_NOT_COMPLETED)).isEqualByComparingTo("33.33");
        // the bloc's totals are the history table's figures for the year
        Integer excellent = jdbc.queryForObject("select count(*) from member_ranking_history where campaign_year = ? "
                + "and final_category = 'EXCELLENT'", Integer.class, YEAR);
        assertThat(bloc.total().counts().get(MemberCategory.EXCELLENT)).isEqualTo(excellent);
        assertThat(bloc.unitCategoryCounts().get(UnitCategory.CLEAN_STRONG)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void vote_percentagesOverCollected_consequences_persons() {
        Reports.VoteReport r = reports.vote(YEAR, d.grassroots.getCode());
        assertThat(r.rows()).hasSize(3);
        assertThat(r.persons()).isEqualTo(3);
        assertThat(r.personsLowOverHalf()).isEqualTo(2);
        assertThat(r.personsLowAtLeastTwoThirds()).isEqualTo(1);
        assertThat(r.collected()).isEqualTo(135);
        assertThat(r.low()).isEqualTo(55);
        Reports.VoteRow standing = r.rows().stream().filter(v -> v.memberCode().equals(d.standing.getCode())).findFirst().orElseThrow();
        assertThat(standing.issued()).isEqualTo(46);
        assertThat(standing.highPercent()).isEqualByComparingTo("66.67");
        assertThat(standing.mediumPercent()).isEqualByComparingTo("22.22");
        assertThat(standing.lowPercent()).isEqualByComparingTo("8.89");
        assertThat(standing.consequence()).startsWith("Tham khảo trong đánh giá cán bộ").contains("4/45 phiếu tín nhiệm thấp");
        Reports.VoteRow secretary = r.rows().stream().filter(v -> v.memberCode().equals(d.secretary.getCode())).findFirst().orElseThrow();
        assertThat(secretary.lowPercent()).isEqualByComparingTo("51.67");
        assertThat(secretary.lowOverHalf()).isTrue();
        assertThat(secretary.consequence()).contains("không được đánh giá hoàn thành nhiệm vụ");

        Reports.VoteReport ofG2 = reports.vote(YEAR, g2.getCode());
        assertThat(ofG2.rows()).singleElement().satisfies(v -> assertThat(v.consequence()).contains("cho thôi giữ chức vụ"));
    }

    @Test
    void commendation_rowsAndCountsByKind_unitAndMembers() {
        Reports.CommendationReport r = reports.commendation(YEAR, d.grassroots.getCode());
        assertThat(r.rows()).hasSize(2).allMatch(x -> !x.collective());
        assertThat(r.memberCounts()).containsEntry(AwardKind.BLOC_CERTIFICATE, 1).containsEntry(AwardKind.PROVINCE_MERIT, 1);
        assertThat(r.unitCounts().values()).allMatch(v -> v == 0);
        Reports.CommendationReport ofG2 = reports.commendation(YEAR, g2.getCode());
        assertThat(ofG2.rows()).singleElement().satisfies(x -> {
            assertThat(x.collective()).isTrue();
            assertThat(x.kind()).isEqualTo(AwardKind.BLOC_CERTIFICATE);
        });
    }

    @Test
    void evaluation_countsPerCategoryCollectivesAndCadres_undecidedAndLate() {
        Reports.EvaluationReport r = reports.evaluation(YEAR, d.grassroots.getCode());
        assertThat(r.rows()).hasSize(4);
        assertThat(r.rows().get(0).cadre()).isFalse();
        assertThat(r.collectiveCounts()).containsEntry(LeaderCategory.EXCELLENT, 1);
        assertThat(r.cadreCounts()).containsEntry(LeaderCategory.NOT_COMPLETED, 1).containsEntry(LeaderCategory.COMPLETED_WELL, 1)
                .containsEntry(LeaderCategory.EXCELLENT, 0);
        assertThat(r.undecided()).isEqualTo(1);
        assertThat(r.late()).isEqualTo(1);
    }

    @Test
    void pdfAndXlsx_inVietnamese_withCharts() throws Exception {
        for (ReportKind kind : ReportKind.values()) {
            ReportDocument doc = ReportDocuments.of(kind, files.data(kind, YEAR, d.grassroots.getCode()));
            byte[] bytes = pdf.render(doc);
            assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
            PdfReader reader = new PdfReader(bytes);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains(d.grassroots.getName().substring(0, 10));
            java.nio.file.Path samples = java.nio.file.Path.of("target", "report-samples");
            java.nio.file.Files.createDirectories(samples);
            java.nio.file.Files.write(samples.resolve(kind.slug() + ".pdf"), bytes);
            byte[] x = xlsx.render(doc);
            java.nio.file.Files.write(samples.resolve(kind.slug() + ".xlsx"), x);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x))) {
                assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(kind.title());
                XSSFSheet charts = wb.getSheet("Biểu đồ");
                assertThat(charts.getDrawingPatriarch().getCharts()).hasSize(doc.charts().size());
            }
        }
        ReportDocument vote = ReportDocuments.of(ReportKind.VOTE, reports.vote(YEAR, d.grassroots.getCode()));
        assertThat(vote.charts().get(0).values()).containsExactly(55, 24, 55);
    }
}
