package vn.tongket.commendation;

import vn.tongket.common.CampaignTime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.UnitCategory;
import vn.tongket.organization.UnitKind;

/**
 * The criteria of the four awards of part B.III.1 of HD 22-HD/ĐU, for campaign year N (plain Java).
 * <ul>
 *   <li>Every year window is relative to N: "3 năm liên tục (từ năm 2011-2013)" is N-2..N, "(2009-2013)" N-4..N.</li>
 *   <li>Waiting periods count from the decision date of the latest award of the same kind: a unit or member
 *   awarded on day D may be proposed again from D plus 3 (5) years, compared with the reference date
 *   (the last day of the dossier, 18/01/N+1): D+3y-1 day is "not yet", D+3y is "ok".</li>
 *   <li>"Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt trên 90%": 10·good &gt; 9·ranked in integers, members
 *   not ranked (ill, on leave, discipline pending) are left out of the denominator, HTXS counts as HTTNV.</li>
 *   <li>"Có ít nhất 01 lần ... Chiến sỹ thi đua cơ sở" (and the member bằng khen's "02 lần" and "01 lần giấy
 *   khen") count within the award's own window: the titles are part of the achievements of these years, and
 *   an old title does not qualify a member again at every cycle. A title of any level counts
 *   ("hoặc tương đương trở lên"); several titles of one year count once. The giấy khen ("được ... tặng giấy
 *   khen") is the act of granting: it counts when its decision is dated within the window (from 01/01/N-4 to the
 *   reference date), so the giấy khen for N-5 decided in January N-4 counts.</li>
 * </ul>
 */
public final class CommendationEligibility {

    static final String G_BRANCH_EXEMPLARY = "Những chi bộ trực thuộc đảng ủy cơ sở đạt “Trong sạch, vững mạnh tiêu biểu” 3 năm liên tục (từ năm 2011- 2013)";
    static final String G_BRANCH_SCORE = "có số điểm đạt từ 95 điểm trở lên (theo thang điểm trong Hướng dẫn số 07-HD/ĐU ngày 15 tháng 11 năm 2011 của Ban Thường vụ Đảng ủy Khối)";
    static final String G_BRANCH_SHARE = "tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt trên 90%";
    static final String G_BRANCH_NEW = "có nhiều hoạt động, nhân tố mới, điển hình tiên tiến trên các lĩnh vực thi đua.";
    static final String G_BRANCH_WAIT = "Những chi bộ đã được khen các năm 2011, 2012 thì phải sau 3 năm (kể từ ngày được khen) mới đề nghị khen thưởng.";
    static final String G_ORG = "Những tổ chức cơ sở đảng đạt “Trong sạch, vững mạnh tiêu biểu” 3 năm liên tục (từ năm 2011 - 2013) của Đảng bộ Khối, có nhiều hoạt động thi đua, nhân tố mới, điểm hình tiên tiến trên các lĩnh vực công tác, có tác dụng thúc đẩy phong trào thi đua chung trong Đảng bộ Khối và toàn tỉnh.";
    static final String G_ORG_WAIT = "Những TCCSĐ đã được khen các năm 2011, 2012 thì phải sau 3 năm (kể từ ngày được khen) mới đề nghị khen thưởng.";
    static final String G_MEMBER = "Được chọn trong số đảng viên “Đủ tư cách, hoàn thành xuất sắc nhiệm vụ” 3 năm liên tục (từ năm 2011 - 2013), có ít nhất 01 lần được công nhận là “Chiến sỹ thi đua cơ sở” hoặc tương đương trở lên.";
    static final String G_MEMBER_WAIT = "Những đảng viên đã được khen năm 2011, 2012 thì phải sau 3 năm kể từ ngày được khen mới đề nghị.";
    static final String G_MERIT = "Ban Thường vụ Đảng ủy Khối xét, đề nghị tặng bằng khen cho đảng viên “Đủ tư cách, hoàn thành xuất sắc nhiệm vụ” 5 năm liên tục (2009 - 2013); có 01 lần được Ban Thường vụ Đảng ủy Khối tặng giấy khen và 02 lần được công nhận là “Chiến sỹ thi đua cấp cơ sở” hoặc tương đương trở lên.";
    /** C.III.5, quoted when a proposal depends on a ranking the vote contradicts. */
    static final String G_LOW_CONFIDENCE = "Những đồng chí có trên 50% số phiếu tín nhiệm thấp trở lên thì không được đánh giá hoàn thành nhiệm vụ năm đó (Hướng dẫn 22-HD/ĐU, phần C.III.5)";
    static final String G_MERIT_WAIT = "Những đảng viên đã được khen thưởng từ năm 2012 trở về trước thì sau 5 năm, tính từ ngày được khen mới đề nghị.";

    /** Minimum score of the branch in year N ("từ 95 điểm trở lên"). */
    public static final BigDecimal MIN_BRANCH_SCORE = BigDecimal.valueOf(95);

    private static final DateTimeFormatter DMY = CampaignTime.DATE;

    private final int year;
    private final LocalDate referenceDate;

    /**
     * @param campaignYear  N
     * @param referenceDate the date a waiting period must have elapsed by: the last day of the dossier (18/01/N+1)
     */
    public CommendationEligibility(int campaignYear, LocalDate referenceDate) {
        this.year = campaignYear;
        this.referenceDate = referenceDate;
    }

    public int year() { return year; }
    public LocalDate referenceDate() { return referenceDate; }

    /** (a) Giấy khen ĐUK for a chi bộ trực thuộc. */
    public Explanation branchCertificate(UnitHistory unit, Judgement judgement) {
        Award award = Award.BRANCH_CERTIFICATE;
        List<Criterion> c = new ArrayList<>();
        c.add(new Criterion("KIND", "Là chi bộ trực thuộc đảng ủy cơ sở", Outcome.of(unit.kind() == UnitKind.BRANCH),
                "Loại đơn vị: " + unit.kind().label(), G_BRANCH_EXEMPLARY));
        c.add(exemplaryYears(unit, award, G_BRANCH_EXEMPLARY));
        c.add(score(unit));
        c.add(completedWellShare(unit));
        c.add(judgement(judgement, "Có nhiều hoạt động, nhân tố mới, điển hình tiên tiến trên các lĩnh vực thi đua", G_BRANCH_NEW));
        c.add(waiting(award, unit.awards(), G_BRANCH_WAIT));
        return Explanation.of(award, unit.code(), unit.name(), year, referenceDate, c);
    }

    /** (b) Bằng khen Tỉnh ủy for a grassroots party organization. */
    public Explanation organizationMerit(UnitHistory unit, Judgement judgement) {
        Award award = Award.ORGANIZATION_MERIT;
        List<Criterion> c = new ArrayList<>();
        c.add(new Criterion("KIND", "Là tổ chức cơ sở đảng (đảng bộ cơ sở hoặc chi bộ cơ sở) của Đảng bộ Khối",
                Outcome.of(unit.kind().isGrassroots()), "Loại đơn vị: " + unit.kind().label(), G_ORG));
        c.add(exemplaryYears(unit, award, G_ORG));
        c.add(judgement(judgement, "Có nhiều hoạt động thi đua, nhân tố mới, điển hình tiên tiến, có tác dụng thúc đẩy phong trào thi đua chung", G_ORG));
        c.add(waiting(award, unit.awards(), G_ORG_WAIT));
        return Explanation.of(award, unit.code(), unit.name(), year, referenceDate, c);
    }

    /** (c) Giấy khen ĐUK for a party member. */
    public Explanation memberCertificate(MemberHistory member) {
        Award award = Award.MEMBER_CERTIFICATE;
        List<Criterion> c = new ArrayList<>();
        c.add(excellentYears(member, award, G_MEMBER));
        rankingCorrections(member, award).ifPresent(c::add);
        c.add(emulationTitles(member, award, 1, G_MEMBER));
        c.add(waiting(award, member.awards(), G_MEMBER_WAIT));
        return Explanation.of(award, member.code(), member.name(), year, referenceDate, c);
    }

    /** (d) Bằng khen Tỉnh ủy for a party member. */
    public Explanation memberMerit(MemberHistory member) {
        Award award = Award.MEMBER_MERIT;
        int from = award.firstYear(year);
        List<Criterion> c = new ArrayList<>();
        c.add(excellentYears(member, award, G_MERIT));
        rankingCorrections(member, award).ifPresent(c::add);
        LocalDate windowStart = LocalDate.of(from, 1, 1);
        List<PastAward> certificates = member.awards().stream()
                .filter(a -> a.kind() == Award.MEMBER_CERTIFICATE.kind())
                .filter(a -> a.decisionDate() != null
                        ? !a.decisionDate().isBefore(windowStart) && !a.decisionDate().isAfter(referenceDate)
                        : a.year() >= from && a.year() <= year)
                .sorted(Comparator.comparing(PastAward::year)).toList();
        c.add(new Criterion("BLOC_CERTIFICATE", "Có 01 lần được Ban Thường vụ Đảng ủy Khối tặng giấy khen (quyết định từ 01/01/"
                        + from + " đến " + DMY.format(referenceDate) + ")",
                Outcome.of(!certificates.isEmpty()),
                certificates.isEmpty() ? "Không có giấy khen của Đảng ủy Khối quyết định trong thời kỳ " + from + "–" + year
                        : "Giấy khen: " + certificates.stream().map(CommendationEligibility::describe).collect(Collectors.joining(", ")),
                G_MERIT));
        c.add(emulationTitles(member, award, 2, G_MERIT));
        c.add(waiting(award, member.awards(), G_MERIT_WAIT));
        return Explanation.of(award, member.code(), member.name(), year, referenceDate, c);
    }

    /**
     * The explanation of a collective once its committee has judged its new activities (the selection is the
     * judgement): the judgement criterion is replaced, the status recomputed.
     */
    public Explanation withJudgement(Explanation e, Judgement j) {
        String guidance = e.award() == Award.BRANCH_CERTIFICATE ? G_BRANCH_NEW : G_ORG;
        List<Criterion> criteria = e.criteria().stream()
                .map(c -> c.code().equals("JUDGEMENT") ? judgement(j, c.label(), guidance) : c).toList();
        return Explanation.of(e.award(), e.subjectCode(), e.subjectName(), e.campaignYear(), e.referenceDate(), criteria);
    }

    /** The date from which a unit or member awarded on {@code decisionDate} may be proposed again. */
    public static LocalDate eligibleAgainFrom(Award award, LocalDate decisionDate) {
        return decisionDate.plusYears(award.waitingYears());
    }

    /** "Trên 90%": strictly more than nine tenths, in integers. */
    public static boolean overNinetyPercent(int good, int ranked) {
        return ranked > 0 && 10L * good > 9L * ranked;
    }

    private Criterion exemplaryYears(UnitHistory unit, Award award, String guidance) {
        int from = award.firstYear(year);
        List<String> parts = new ArrayList<>();
        boolean all = true;
        for (int y = from; y <= year; y++) {
            UnitHistory.Ranking r = unit.rankings().get(y);
            boolean ok = r != null && r.category() == UnitCategory.EXEMPLARY_CLEAN_STRONG;
            all &= ok;
            parts.add(y + ": " + (r == null ? "không có kết quả xếp loại" : r.category().label()));
        }
        return new Criterion("EXEMPLARY_YEARS", "Đạt “Trong sạch, vững mạnh tiêu biểu” " + award.consecutiveYears()
                + " năm liên tục (" + from + "–" + year + ")", Outcome.of(all), String.join("; ", parts), guidance);
    }

    private Criterion score(UnitHistory unit) {
        UnitHistory.Ranking r = unit.rankings().get(year);
        BigDecimal s = r == null ? null : r.score();
        boolean ok = s != null && s.compareTo(MIN_BRANCH_SCORE) >= 0;
        return new Criterion("SCORE", "Đạt từ 95 điểm trở lên năm " + year, Outcome.of(ok),
                s == null ? "Năm " + year + ": chưa có điểm" : "Năm " + year + ": " + s.stripTrailingZeros().toPlainString() + " điểm",
                G_BRANCH_SCORE);
    }

    private Criterion completedWellShare(UnitHistory unit) {
        int notRanked = 0;
        int good = 0;
        int ranked = 0;
        for (MemberCategory m : unit.memberCategoriesOfYear()) {
            if (m == null || m == MemberCategory.NOT_RANKED) {
                notRanked++;
            } else {
                ranked++;
                if (m.completesTasksWell()) {
                    good++;
                }
            }
        }
        boolean ok = overNinetyPercent(good, ranked);
        String share = ranked == 0 ? "không có đảng viên được xếp loại"
                : good + "/" + ranked + " đảng viên được xếp loại = " + percent(good, ranked) + "%";
        return new Criterion("COMPLETED_WELL_SHARE", "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên năm " + year + " trên 90%",
                Outcome.of(ok), share + (notRanked > 0 ? " (không tính " + notRanked + " đảng viên không xếp loại)" : "")
                + "; điều kiện: 10 × " + good + (ok ? " > " : " ≤ ") + "9 × " + ranked, G_BRANCH_SHARE);
    }

    private Criterion judgement(Judgement j, String label, String guidance) {
        if (j == null || j.met() == null) {
            return new Criterion("JUDGEMENT", label, Outcome.TO_BE_JUDGED,
                    "Cấp ủy đánh giá khi họp xét đề nghị khen thưởng", guidance);
        }
        String note = j.note() == null || j.note().isBlank() ? "" : ": " + j.note().trim();
        return new Criterion("JUDGEMENT", label, Outcome.of(j.met()),
                (j.met() ? "Cấp ủy đánh giá đạt" : "Cấp ủy đánh giá không đạt") + note, guidance);
    }

    private Criterion waiting(Award award, List<PastAward> awards, String guidance) {
        Optional<PastAward> last = awards.stream()
                .filter(a -> a.kind() == award.kind() && a.decisionDate() != null && !a.decisionDate().isAfter(referenceDate))
                .max(Comparator.comparing(PastAward::decisionDate));
        String label = "Đủ " + award.waitingYears() + " năm kể từ ngày được khen lần trước (" + award.kind().label() + ")";
        if (last.isEmpty()) {
            return new Criterion("WAITING_PERIOD", label, Outcome.MET, "Chưa được khen hình thức này", guidance);
        }
        LocalDate from = eligibleAgainFrom(award, last.get().decisionDate());
        boolean ok = !referenceDate.isBefore(from);
        return new Criterion("WAITING_PERIOD", label, Outcome.of(ok),
                "Lần trước: " + describe(last.get()) + "; được đề nghị lại từ " + DMY.format(from)
                        + "; ngày xét (hạn nộp hồ sơ): " + DMY.format(referenceDate), guidance);
    }

    private Criterion excellentYears(MemberHistory member, Award award, String guidance) {
        int from = award.firstYear(year);
        List<String> parts = new ArrayList<>();
        boolean all = true;
        for (int y = from; y <= year; y++) {
            MemberCategory m = member.categories().get(y);
            boolean ok = m == MemberCategory.EXCELLENT;
            all &= ok;
            parts.add(y + ": " + (m == null ? "không có kết quả xếp loại" : m.label()));
        }
        return new Criterion("EXCELLENT_YEARS", "Đủ tư cách, hoàn thành xuất sắc nhiệm vụ " + award.consecutiveYears()
                + " năm liên tục (" + from + "–" + year + ")", Outcome.of(all), String.join("; ", parts), guidance);
    }

    /**
     * C.III.5 flowing into the award: a year of the window whose ranking a sealed vote contradicted (more than half
     * LOW) refuses the proposal, with the rule, while the branch committee has not corrected it (the proposal would
     * rest on a ranking that no longer stands) and after the correction (the corrected ranking is not HTXS).
     */
    private Optional<Criterion> rankingCorrections(MemberHistory member, Award award) {
        int from = award.firstYear(year);
        List<MemberHistory.RankingCorrection> inWindow = member.corrections().stream()
                .filter(k -> k.year() >= from && k.year() <= year).toList();
        if (inWindow.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (MemberHistory.RankingCorrection k : inWindow) {
            parts.add("Năm " + k.year() + ": " + k.low() + "/" + k.collected() + " phiếu tín nhiệm thấp trên số phiếu thu về; đã xếp loại “"
                    + k.previous().label() + "”" + (k.pending() ? ", chi ủy chưa xếp loại lại: không thể đề nghị khen thưởng dựa trên"
                    + " kết quả xếp loại chưa được điều chỉnh" : ", chi ủy đã xếp loại lại “" + k.corrected().label() + "”"));
        }
        boolean pending = inWindow.stream().anyMatch(MemberHistory.RankingCorrection::pending);
        return Optional.of(new Criterion("LOW_CONFIDENCE_RERANKING", "C.III.5: có trên 50% số phiếu tín nhiệm thấp thì không được"
                + " đánh giá hoàn thành nhiệm vụ năm đó" + (pending ? " — kết quả xếp loại chưa được chi ủy điều chỉnh" : ""),
                Outcome.NOT_MET, String.join("; ", parts), G_LOW_CONFIDENCE));
    }

    private Criterion emulationTitles(MemberHistory member, Award award, int needed, String guidance) {
        int from = award.firstYear(year);
        TreeSet<Integer> years = new TreeSet<>();
        List<String> inWindow = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (MemberHistory.Title t : member.titles()) {
            String text = t.title().label() + " " + t.year();
            if (t.year() >= from && t.year() <= year) {
                years.add(t.year());
                inWindow.add(text);
            } else {
                outside.add(text);
            }
        }
        String figures = (inWindow.isEmpty() ? "Không có danh hiệu trong các năm " + from + "–" + year
                : "Trong các năm " + from + "–" + year + ": " + String.join(", ", inWindow) + " (" + years.size() + " năm)")
                + (outside.isEmpty() ? "" : "; ngoài thời kỳ xét, không tính: " + String.join(", ", outside))
                + "; cần: " + needed;
        return new Criterion("EMULATION_TITLES", (needed == 1 ? "Có ít nhất 01 lần" : "Có " + String.format("%02d", needed) + " lần")
                + " được công nhận “Chiến sỹ thi đua cơ sở” hoặc tương đương trở lên (" + from + "–" + year + ")",
                Outcome.of(years.size() >= needed), figures, guidance);
    }

    private static String describe(PastAward a) {
        return a.kind().label() + " năm " + a.year() + (a.decisionNo() == null ? "" : ", QĐ số " + a.decisionNo())
                + (a.decisionDate() == null ? "" : " ngày " + DMY.format(a.decisionDate()));
    }

    /** Share with one decimal for display only (the rule itself is the integer comparison). */
    static String percent(int part, int whole) {
        return new BigDecimal(part * 100L).divide(BigDecimal.valueOf(whole), 1, java.math.RoundingMode.DOWN)
                .toPlainString().replace('.', ',');
    }

    /** Years N-k+1..N of an award, for messages. */
    public IntStream window(Award award) {
        return IntStream.rangeClosed(award.firstYear(year), year);
    }
}
