package vn.tongket.organization.importing;

import vn.tongket.identity.TestLogins;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.MemberStatus;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMemberRepository;

/** POST /api/import/{kind}: CSV and xlsx, all-or-nothing with the error report, access, upsert, startup folder. */
@SpringBootTest
class ImportIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    PartyMemberRepository members;
    @Autowired
    MemberRankingRepository memberRankings;
    @Autowired
    IdentityService identityService;
    @Autowired
    ImportService importService;

    MockMvc mvc;
    /** Unique per test run, so the shared (and on MySQL persistent) database never collides. */
    String p;

    @BeforeEach
    void setUp() {
        mvc = TestLogins.mockMvc(context);
        p = "IM" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
    }

    private ResultActions post(String kind, String user, String password, MockMultipartFile file, String mode) throws Exception {
        var request = multipart("/api/import/" + kind).file(file);
        if (mode != null) {
            request.param("mode", mode);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return mvc.perform(request);
    }

    private ResultActions postAsAdmin(String kind, String fileName, String csv) throws Exception {
        return post(kind, "admin", "admin-test", csvFile(fileName, csv), null);
    }

    private static MockMultipartFile csvFile(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private void importUnits() throws Exception {
        postAsAdmin("units", "units.csv", """
                code,name,kind,parentCode,hasStandingCommittee
                %1$s,Đảng bộ Sở Nông nghiệp %1$s,GRASSROOTS_COMMITTEE,DUK,true
                %1$s-CB1,Chi bộ Văn phòng %1$s,BRANCH,%1$s,false
                %1$s-CB2,Chi bộ Chi cục Thủy lợi %1$s,BRANCH,%1$s,false
                """.formatted(p))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3));
    }

    @Test
    void csvWithOneBadRow_writesNothing_andReportsEveryRejectedRow_thenTheCorrectedFileIsImportedAndSynced() throws Exception {
        importUnits();
        String bad = """
                code,fullName,birthDate,unitCode,status
                %1$s-M1,Nguyễn Văn Hòa,1968-02-14,%1$s-CB1,ACTIVE
                %1$s-M2,Lê Thị Ánh,1979-02-30,%1$s-CB1,ACTIVE
                %1$s-M3,Trần Đức Mạnh,1972-11-02,%1$s-KHONG,NGHI
                """.formatted(p);
        postAsAdmin("members", "members.csv", bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("birthDate"))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].message", containsString("NGHI")))
                .andExpect(jsonPath("$.errors[2].column").value("unitCode"));
        assertThat(members.findByCode(p + "-M1")).isEmpty();

        postAsAdmin("members", "members.csv", bad.replace("1979-02-30", "1979-02-28").replace(p + "-KHONG,NGHI", p + "-CB2,ILL"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3));
        assertThat(members.findByCode(p + "-M3").orElseThrow().getStatus()).isEqualTo(MemberStatus.ILL);
        // identity follows the model after the import
        assertThat(identityService.createUserQuery().userId(p + "-M1").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().memberOfGroup("chi-bo-" + p + "-CB1").count()).isEqualTo(2);

        // the same file again: every row is a duplicate of the database
        postAsAdmin("members", "members.csv", bad.replace("1979-02-30", "1979-02-28").replace(p + "-KHONG,NGHI", p + "-CB2,ILL"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].message", containsString("đã có trong cơ sở dữ liệu")));
    }

    @Test
    void fileWithThousandsOfBadRows_getsABoundedAnswer_andNoLibraryText() throws Exception { // issue 10 item 7
        StringBuilder csv = new StringBuilder("code,name,kind,parentCode\n");
        for (int i = 0; i < 3000; i++) {
            csv.append(p).append("-X").append(i).append(",").append("y".repeat(2000)).append(",NO_SUCH_KIND,NOPARENT\n");
        }
        String body = postAsAdmin("units", "units.csv", csv.toString()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(ImportController.MAX_ERRORS))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body.length()).isLessThan(200_000);
        String notExcel = post("units", "admin", "admin-test", new MockMultipartFile("file", "units.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1)), null)
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(notExcel).contains("Không đọc được tệp Excel").doesNotContain("Exception").doesNotContain("org.apache");
    }

    @Test
    void xlsxWithDateCells_isImported() throws Exception {
        importUnits();
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Đảng viên");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            String[] header = {"code", "fullName", "birthDate", "partyCardNo", "unitCode", "joinedDate"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(p + "-X" + r);
                row.createCell(1).setCellValue("Hoàng Thị Thu Hương " + r);
                row.createCell(2).setCellValue(LocalDate.of(1980, 5, r));
                row.getCell(2).setCellStyle(dateStyle);
                row.createCell(3).setCellValue(38900000 + r);
                row.createCell(4).setCellValue(p + "-CB2");
                row.createCell(5).setCellValue(LocalDate.of(2005, 3, 3));
                row.getCell(5).setCellStyle(dateStyle);
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        var file = new MockMultipartFile("file", "dang-vien.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
        post("members", "admin", "admin-test", file, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2));
        var m = members.findByCode(p + "-X2").orElseThrow();
        assertThat(m.getBirthDate()).isEqualTo(LocalDate.of(1980, 5, 2));
        assertThat(m.getPartyCardNo()).isEqualTo("38900002");
        assertThat(m.getFullName()).isEqualTo("Hoàng Thị Thu Hương 2");
    }

    @Test
    void historyFile_isAllOrNothing() throws Exception {
        String history = """
                type,year,memberCode,finalCategory
                MEMBER_RANKING,2011,DV0031,COMPLETED_WELL
                MEMBER_RANKING,2008,DV0031,COMPLETED_WELL
                MEMBER_RANKING,2010,DV0031,EXCELLENT
                """;
        // DV0031's 2011 and 2010 rankings come with the demo: the file is refused, the 2008 row is not written
        postAsAdmin("history", "history.csv", history)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)));
        Long id = members.findByCode("DV0031").orElseThrow().getId();
        assertThat(memberRankings.findByMemberIdAndYear(id, 2008)).isEmpty();
    }

    @Test
    void ordinaryMember_isRefused403_banToChucMayImport_anonymousGets401() throws Exception {
        String csv = "code,name,kind,parentCode\n" + p + ",Chi bộ " + p + ",GRASSROOTS_BRANCH,DUK\n";
        post("units", "DV0031", "demo", csvFile("units.csv", csv), null).andExpect(status().isForbidden());
        assertThat(units.findByCode(p)).isEmpty();
        post("units", null, null, csvFile("units.csv", csv), null).andExpect(status().isUnauthorized());
        // DV0008 sits on the Ban Tổ chức
        post("units", "DV0008", "demo", csvFile("units.csv", csv), null).andExpect(status().isOk());
        assertThat(units.findByCode(p)).isPresent();
    }

    @Test
    void upsert_renamesAUnitAndTransfersAMember_keepingTheirIds() throws Exception {
        importUnits();
        postAsAdmin("members", "members.csv", "code,fullName,unitCode\n" + p + "-U1,Đỗ Văn Nam," + p + "-CB1\n")
                .andExpect(status().isOk());
        Long unitId = units.findByCode(p + "-CB1").orElseThrow().getId();
        Long memberId = members.findByCode(p + "-U1").orElseThrow().getId();

        post("units", "admin", "admin-test", csvFile("units.csv",
                "code,name,kind,parentCode\n" + p + "-CB1,Chi bộ Văn phòng (đổi tên),BRANCH," + p + "\n"), "upsert")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1));
        post("members", "admin", "admin-test", csvFile("members.csv",
                "code,fullName,unitCode\n" + p + "-U1,Đỗ Văn Nam," + p + "-CB2\n"), "upsert")
                .andExpect(status().isOk());

        assertThat(units.findByCode(p + "-CB1").orElseThrow().getId()).isEqualTo(unitId);
        assertThat(units.findByCode(p + "-CB1").orElseThrow().getName()).isEqualTo("Chi bộ Văn phòng (đổi tên)");
        assertThat(members.findByUnitIdOrderByCode(units.findByCode(p + "-CB2").orElseThrow().getId()))
                .extracting(m -> m.getId()).containsExactly(memberId);
        assertThat(identityService.createGroupQuery().groupMember(p + "-U1").groupId("chi-bo-" + p + "-CB2").count()).isEqualTo(1);
    }

    @Test
    void unknownKind_andHistoryUpsert_areRefused() throws Exception {
        postAsAdmin("ballots", "x.csv", "a\n1\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"));
        post("history", "admin", "admin-test", csvFile("h.csv", "type,year\n"), "upsert").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("mode"));
    }

    @Test
    void startupFolder_importsInOrder_movesAcceptedFilesToDone_andRefusedOnesToFailedWithAReport() throws IOException {
        Path dir = Files.createTempDirectory("tongket-import");
        Files.writeString(dir.resolve("members-1.csv"), "code,fullName,unitCode\n" + p + "-F1,Vũ Thị Lan," + p + "-F\n");
        Files.writeString(dir.resolve("units-1.csv"), "code,name,kind,parentCode\n" + p + "-F,Chi bộ " + p + ",GRASSROOTS_BRANCH,DUK\n");
        Files.writeString(dir.resolve("positions-1.csv"), "memberCode,unitCode,role\n" + p + "-F1," + p + "-F,HEAD\n");
        Files.writeString(dir.resolve("notes.txt"), "không phải tệp nhập");

        var results = new ImportFolderLoader(importService, dir.toString()).importFolder();

        assertThat(results).extracting(ImportResult::kind).containsExactly(ImportKind.UNITS, ImportKind.MEMBERS);
        assertThat(dir.resolve("done/units-1.csv")).exists();
        assertThat(dir.resolve("done/members-1.csv")).exists();
        assertThat(dir.resolve("failed/positions-1.csv")).exists();
        assertThat(Files.readString(dir.resolve("failed/positions-1.csv.errors.txt"))).contains("dòng 2, cột role");
        assertThat(dir.resolve("notes.txt")).exists();
        assertThat(members.findByCode(p + "-F1")).isPresent();
    }
}
