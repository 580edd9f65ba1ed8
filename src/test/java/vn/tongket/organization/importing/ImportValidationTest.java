package vn.tongket.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tongket.organization.MemberStatus;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;

/** Row parser and validators: every error kind is reported with its row, column and a Vietnamese message. */
class ImportValidationTest {

    private final FakeReferences refs = FakeReferences.bloc();

    private static Table csv(String text) {
        return CsvParser.parse(text);
    }

    private static void assertSingleError(Validated<?> v, int row, String column, String messagePart) {
        assertThat(v.errors()).hasSize(1);
        RowError e = v.errors().get(0);
        assertThat(e.row()).isEqualTo(row);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.message()).contains(messagePart);
    }

    // ---- units

    @Test
    void validUnits_withParentDefinedLaterInTheFile_areAccepted() {
        var v = UnitRowValidator.validate(csv("""
                code,name,kind,parentCode,hasStandingCommittee
                N-CB1,Chi bộ 1,BRANCH,N,
                N,Đảng bộ Sở Nông nghiệp,Đảng bộ cơ sở,DUK,có
                """), refs, false);
        assertThat(v.errors()).isEmpty();
        assertThat(v.rows()).extracting(UnitRowValidator.UnitRow::kind)
                .containsExactly(UnitKind.BRANCH, UnitKind.GRASSROOTS_COMMITTEE);
        assertThat(v.rows().get(1).hasStandingCommittee()).isTrue();
    }

    @Test
    void missingRequiredColumn_refusesTheFileAtTheHeaderRow() {
        var v = UnitRowValidator.validate(csv("code,name,parentCode\nN,Đảng bộ N,DUK\n"), refs, false);
        assertSingleError(v, 1, "kind", "Thiếu cột bắt buộc");
    }

    @Test
    void unknownColumn_isRefused_soATypoDoesNotSilentlyDropData() {
        var v = UnitRowValidator.validate(csv("code,name,kind,parent\nN,Đảng bộ N,GRASSROOTS_COMMITTEE,DUK\n"), refs, false);
        assertThat(v.errors()).extracting(RowError::column).contains("parent");
    }

    @Test
    void unknownEnumValue_namesTheColumnAndTheAcceptedValues() {
        var v = UnitRowValidator.validate(csv("code,name,kind,parentCode\nN,Đảng bộ N,DANG_BO,DUK\n"), refs, false);
        assertSingleError(v, 2, "kind", "GRASSROOTS_COMMITTEE");
    }

    @Test
    void duplicateCodeInTheFile_isRefusedWithTheFirstRow() {
        var v = UnitRowValidator.validate(csv("""
                code,name,kind,parentCode
                N,Đảng bộ N,GRASSROOTS_BRANCH,DUK
                N,Đảng bộ N lần 2,GRASSROOTS_BRANCH,DUK
                """), refs, false);
        assertSingleError(v, 3, "code", "dòng 2");
    }

    @Test
    void codeAlreadyStored_isADuplicate_unlessUpsert() {
        String file = "code,name,kind,parentCode\nCB,Chi bộ đổi tên,GRASSROOTS_BRANCH,DUK\n";
        assertSingleError(UnitRowValidator.validate(csv(file), refs, false), 2, "code", "đã có trong cơ sở dữ liệu");
        var upsert = UnitRowValidator.validate(csv(file), refs, true);
        assertThat(upsert.errors()).isEmpty();
        assertThat(upsert.rows().get(0).existing()).isTrue();
    }

    @Test
    void upsertChangingTheKindOfAUnitWithBranchesOrMembers_isRefused() {
        var v = UnitRowValidator.validate(csv("""
                code,name,kind,parentCode
                G,Chi bộ G,GRASSROOTS_BRANCH,DUK
                CB,Đảng bộ CB,GRASSROOTS_COMMITTEE,DUK
                """), refs, true);
        assertThat(v.errors()).extracting(RowError::row, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "kind"), org.assertj.core.groups.Tuple.tuple(3, "kind"),
                org.assertj.core.groups.Tuple.tuple(3, "kind"));
        assertThat(v.errors().get(0).message()).contains("G-CB1");
        assertThat(v.errors()).extracting(RowError::message).anyMatch(m -> m.contains("đảng viên đang sinh hoạt ở CB"));
    }

    @Test
    void unknownParent_isRefused() {
        var v = UnitRowValidator.validate(csv("code,name,kind,parentCode\nX-CB1,Chi bộ X,BRANCH,X\n"), refs, false);
        assertSingleError(v, 2, "parentCode", "Không tìm thấy đơn vị cấp trên có mã X");
    }

    @Test
    void cellUnderAGrassrootsCommittee_isTheWrongParentKind() {
        var v = UnitRowValidator.validate(csv("code,name,kind,parentCode\nG-T1,Tổ đảng 1,CELL,G\n"), refs, false);
        assertSingleError(v, 2, "parentCode", "Tổ đảng không thể trực thuộc Đảng bộ cơ sở");
    }

    @Test
    void secondBloc_isRefused() {
        var v = UnitRowValidator.validate(csv("code,name,kind\nDUK2,Đảng bộ Khối khác,BLOC\n"), refs, false);
        assertSingleError(v, 2, "kind", "chỉ có một Đảng bộ Khối");
    }

    @Test
    void standingCommitteeOnABranch_isRefused() {
        var v = UnitRowValidator.validate(csv("code,name,kind,parentCode,hasStandingCommittee\nG-CB9,Chi bộ 9,BRANCH,G,true\n"), refs, false);
        assertSingleError(v, 2, "hasStandingCommittee", "Ban Thường vụ");
    }

    @Test
    void subCommitteeUnderACommitteeOfTheSameFile_isAccepted() {
        var v = UnitRowValidator.validate(csv("""
                code,name,kind,parentCode
                P,Đảng bộ P,GRASSROOTS_COMMITTEE,DUK
                Q,Đảng bộ bộ phận Q,SUB_COMMITTEE,P
                """), refs, false);
        assertThat(v.errors()).isEmpty();
    }

    // ---- members

    @Test
    void validMember_withVietnameseDateFormatAndStatusLabel_isAccepted() {
        var v = MemberRowValidator.validate(csv("""
                code,fullName,birthDate,gender,unitCode,cellCode,joinedDate,status
                DV9,Nguyễn Thị Hoa,17/06/1985,Nữ,CB,CB-T1,2010-09-02,Ốm đau dài ngày
                """), refs, false);
        assertThat(v.errors()).isEmpty();
        assertThat(v.rows().get(0).status()).isEqualTo(MemberStatus.ILL);
        assertThat(v.rows().get(0).birthDate()).hasToString("1985-06-17");
    }

    @Test
    void memberEmail_optionalColumnNamedEmailOrThuDienTu_isRead() {
        var v = MemberRowValidator.validate(csv("code,fullName,unitCode,Thư điện tử\nDV9,Nguyễn Văn A,CB,a@dv.example\nDV8,Trần Văn B,CB,\n"), refs, false);
        assertThat(v.errors()).isEmpty();
        assertThat(v.rows()).extracting(MemberRowValidator.MemberRow::email).containsExactly("a@dv.example", null);
        var plain = MemberRowValidator.validate(csv("code,fullName,unitCode,email\nDV9,Nguyễn Văn A,CB,a@dv.example\n"), refs, false);
        assertThat(plain.rows().get(0).email()).isEqualTo("a@dv.example");
    }

    @Test
    void memberEmail_withoutAtOrDomain_isRefusedNamingTheColumn() {
        var v = MemberRowValidator.validate(csv("code,fullName,unitCode,email\nDV9,Nguyễn Văn A,CB,khong-co-a-cong\n"), refs, false);
        assertSingleError(v, 2, "email", "Địa chỉ thư điện tử không hợp lệ");
        // one address per member: a second recipient cannot be smuggled in
        var two = MemberRowValidator.validate(csv("code,fullName,unitCode,email\nDV9,Nguyễn Văn A,CB,\"a@x.example,b@y.example\"\n"), refs, false);
        assertSingleError(two, 2, "email", "Địa chỉ thư điện tử không hợp lệ");
        var listed = MemberRowValidator.validate(csv("code,fullName,unitCode,email\nDV9,Nguyễn Văn A,CB,\"x,b@y.example\"\n"), refs, false);
        assertSingleError(listed, 2, "email", "Địa chỉ thư điện tử không hợp lệ");
    }

    @Test
    void badDate_isReportedWithTheAcceptedFormats() {
        var v = MemberRowValidator.validate(csv("code,fullName,unitCode,birthDate\nDV9,Nguyễn Văn A,CB,1985-02-30\n"), refs, false);
        assertSingleError(v, 2, "birthDate", "yyyy-MM-dd");
    }

    @Test
    void missingRequiredValue_isReported() {
        var v = MemberRowValidator.validate(csv("code,fullName,unitCode\nDV9,,CB\n"), refs, false);
        assertSingleError(v, 2, "fullName", "Thiếu giá trị bắt buộc");
    }

    @Test
    void unknownUnitReference_isRefused() {
        var v = MemberRowValidator.validate(csv("code,fullName,unitCode\nDV9,Nguyễn Văn A,NOPE\n"), refs, false);
        assertSingleError(v, 2, "unitCode", "Không tìm thấy đơn vị có mã NOPE");
    }

    @Test
    void memberActiveInAGrassrootsCommitteeInsteadOfABranch_isRefused() {
        var v = MemberRowValidator.validate(csv("code,fullName,unitCode\nDV9,Nguyễn Văn A,G\n"), refs, false);
        assertSingleError(v, 2, "unitCode", "sinh hoạt ở chi bộ");
    }

    @Test
    void cellOfAnotherBranch_isRefused() {
        var v = MemberRowValidator.validate(csv("code,fullName,unitCode,cellCode\nDV9,Nguyễn Văn A,G-CB1,CB-T1\n"), refs, false);
        assertSingleError(v, 2, "cellCode", "không phải tổ đảng của chi bộ G-CB1");
    }

    @Test
    void memberCodeAlreadyStored_isADuplicate() {
        var v = MemberRowValidator.validate(csv("code,fullName,unitCode\nM1,Nguyễn Văn A,CB\n"), refs, false);
        assertSingleError(v, 2, "code", "đã có trong cơ sở dữ liệu");
    }

    @Test
    void everyRejectedRowIsReported_notOnlyTheFirst() {
        var v = MemberRowValidator.validate(csv("""
                code,fullName,unitCode,status
                DV8,Nguyễn Văn A,CB,ACTIVE
                DV9,Nguyễn Văn B,CB,NGHI_HUU
                DV8,Nguyễn Văn C,NOPE,ACTIVE
                """), refs, false);
        assertThat(v.errors()).extracting(RowError::row).containsExactly(3, 4, 4);
    }

    // ---- positions

    @Test
    void headOutsideAMassOrganization_isRefused() {
        var v = PositionRowValidator.validate(csv("memberCode,unitCode,role\nM2,CB,HEAD\n"), refs, false);
        assertSingleError(v, 2, "role", "không có chức vụ");
    }

    @Test
    void standingMemberWhereThereIsNoStandingCommittee_isRefused() {
        refs.unit("NB", UnitKind.GRASSROOTS_COMMITTEE, "DUK", false);
        var v = PositionRowValidator.validate(csv("memberCode,unitCode,role\nM2,NB,STANDING_MEMBER\n"), refs, false);
        assertSingleError(v, 2, "role", "không có Ban Thường vụ");
    }

    @Test
    void secondSecretaryOfAUnit_isRefused() {
        var v = PositionRowValidator.validate(csv("memberCode,unitCode,role\nM2,G,SECRETARY\n"), refs, false);
        assertSingleError(v, 2, "role", "đã có Bí thư M1");
    }

    @Test
    void postAlreadyHeld_isADuplicateInTheDatabase_andUpsertUpdatesIt() {
        String file = "memberCode,unitCode,role,endDate\nM1,G,SECRETARY,\n";
        assertSingleError(PositionRowValidator.validate(csv(file), refs, false), 2, "memberCode", "đang giữ chức vụ");
        var close = PositionRowValidator.validate(csv("memberCode,unitCode,role,endDate\nM1,G,SECRETARY,2013-06-30\n"), refs, true);
        assertThat(close.errors()).isEmpty();
        assertThat(close.rows().get(0).existing()).isTrue();
    }

    @Test
    void unknownMemberReference_isRefused() {
        var v = PositionRowValidator.validate(csv("memberCode,unitCode,role\nNOBODY,YU,HEAD\n"), refs, false);
        assertSingleError(v, 2, "memberCode", "Không tìm thấy đảng viên có mã NOBODY");
    }

    @Test
    void roleAcceptsTheVietnameseLabel() {
        var v = PositionRowValidator.validate(csv("memberCode,unitCode,role\nM2,YU,Trưởng đoàn thể\n"), refs, false);
        assertThat(v.errors()).isEmpty();
        assertThat(v.rows().get(0).role()).isEqualTo(PositionRole.HEAD);
    }

    // ---- history

    @Test
    void historyFileMayMixTypes() {
        var v = HistoryRowValidator.validate(csv("""
                type,year,unitCode,memberCode,score,category,finalCategory,kind,decisionNo,decisionDate,title
                UNIT_RANKING,2012,G,,95.5,EXEMPLARY_CLEAN_STRONG,,,,,
                MEMBER_RANKING,2012,,M1,,,EXCELLENT,,,,
                COMMENDATION,2011,,M1,,,,BLOC_CERTIFICATE,215-QĐ/ĐU,2012-01-16,
                EMULATION_TITLE,2012,,M1,,,,,,,GRASSROOTS_EMULATION_FIGHTER
                """), refs);
        assertThat(v.errors()).isEmpty();
        assertThat(v.rows()).hasSize(4);
        assertThat(((HistoryRowValidator.Commendation) v.rows().get(2)).level()).isEqualTo("DANG_UY_KHOI");
    }

    @Test
    void historyAlreadyStored_isADuplicate() {
        refs.history.add("U|G|2012");
        var v = HistoryRowValidator.validate(csv("type,year,unitCode,category\nUNIT_RANKING,2012,G,CLEAN_STRONG\n"), refs);
        assertSingleError(v, 2, null, "Đã có trong cơ sở dữ liệu");
    }

    @Test
    void historyDuplicateInTheFile_isRefused() {
        var v = HistoryRowValidator.validate(csv("""
                type,year,memberCode,finalCategory
                MEMBER_RANKING,2012,M1,EXCELLENT
                MEMBER_RANKING,2012,M1,COMPLETED_WELL
                """), refs);
        assertSingleError(v, 3, null, "Trùng với dòng 2");
    }

    @Test
    void confidenceCountsThatDoNotAddUp_areRefused() {
        var v = HistoryRowValidator.validate(csv("""
                type,year,memberCode,placeUnitCode,issued,collected,valid,high,medium,low
                CONFIDENCE,2012,M1,G,9,10,9,5,2,1
                """), refs);
        assertThat(v.errors()).extracting(RowError::column).containsExactlyInAnyOrder("collected", "low");
    }

    @Test
    void commendationNeedsARecipientAndADecisionDate() {
        var v = HistoryRowValidator.validate(csv("""
                type,year,memberCode,unitCode,kind,decisionNo,decisionDate
                COMMENDATION,2011,,,BLOC_CERTIFICATE,1-QĐ/ĐU,2012-01-16
                COMMENDATION,2011,M1,,BLOC_CERTIFICATE,2-QĐ/ĐU,
                COMMENDATION,2011,M1,,BLOC_CERTIFICATE,3-QĐ/ĐU,2010-12-31
                """), refs);
        assertThat(v.errors()).extracting(RowError::row, RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "memberCode"),
                        org.assertj.core.groups.Tuple.tuple(3, "decisionDate"),
                        org.assertj.core.groups.Tuple.tuple(4, "decisionDate"));
    }

    @Test
    void notRankedNeedsAReason_andUnknownTypeIsRefused() {
        var v = HistoryRowValidator.validate(csv("""
                type,year,memberCode,finalCategory,notRankedReason
                MEMBER_RANKING,2012,M1,NOT_RANKED,
                RANKING,2012,M1,EXCELLENT,
                """), refs);
        assertThat(v.errors()).extracting(RowError::column).containsExactly("notRankedReason", "type");
    }

    @Test
    void historyOfAnUnknownMember_isRefused() {
        var v = HistoryRowValidator.validate(csv("type,year,memberCode,title\nEMULATION_TITLE,2012,NOBODY,GRASSROOTS_EMULATION_FIGHTER\n"), refs);
        assertSingleError(v, 2, "memberCode", "Không tìm thấy đảng viên");
    }

    // ---- the documented samples

    @Test
    void documentedSamples_validateInImportOrder_onTopOfTheDemoBloc() throws IOException {
        Path dir = Path.of("docs/samples");
        var units = UnitRowValidator.validate(CsvParser.parse(Files.readString(dir.resolve("units.csv"))), refs, false);
        assertThat(units.errors()).isEmpty();
        units.rows().forEach(u -> refs.unit(u.code(), u.kind(), u.parentCode(), u.hasStandingCommittee()));
        var members = MemberRowValidator.validate(CsvParser.parse(Files.readString(dir.resolve("members.csv"))), refs, false);
        assertThat(members.errors()).isEmpty();
        members.rows().forEach(m -> refs.member(m.code(), m.unitCode()));
        var positions = PositionRowValidator.validate(CsvParser.parse(Files.readString(dir.resolve("positions.csv"))), refs, false);
        assertThat(positions.errors()).isEmpty();
        var history = HistoryRowValidator.validate(CsvParser.parse(Files.readString(dir.resolve("history.csv"))), refs);
        assertThat(history.errors()).isEmpty();
        assertThat(history.rows()).hasSize(8);
        assertThat(List.of(units.rows().size(), members.rows().size(), positions.rows().size())).containsExactly(4, 4, 6);
    }
}
