package vn.tongket.simulation;

import vn.tongket.campaign.*;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FormAnswersTest {

    static final String FORM = """
            {"schemaVersion":16,"type":"default","id":"f","components":[
              {"type":"text","id":"t","text":"Hướng dẫn"},
              {"type":"textfield","id":"a","key":"title","label":"Tiêu đề","validate":{"required":true,"maxLength":12}},
              {"type":"textarea","id":"b","key":"report","label":"Báo cáo","validate":{"required":true,"minLength":200}},
              {"type":"number","id":"c","key":"score","label":"Điểm","validate":{"required":true,"min":0,"max":100}},
              {"type":"number","id":"c2","key":"ratio","label":"Tỷ lệ","decimalDigits":2,"validate":{"min":0,"max":1}},
              {"type":"checkbox","id":"d","key":"confirmed","label":"Xác nhận","validate":{"required":true}},
              {"type":"checkbox","id":"d2","key":"violation","label":"Có dấu hiệu vi phạm"},
              {"type":"select","id":"e","key":"category","label":"Xếp loại","values":[{"label":"HTXS","value":"EXCELLENT"},{"label":"HTT","value":"GOOD"}]},
              {"type":"radio","id":"e2","key":"decision","label":"Quyết định","defaultValue":"CONTINUE","values":[{"label":"Tiếp tục","value":"CONTINUE"},{"label":"Tạm dừng","value":"PAUSE"}]},
              {"type":"checklist","id":"f1","key":"members","label":"Thành viên","valuesKey":"memberOptions"},
              {"type":"datetime","id":"g","key":"meetingDate","subtype":"date","dateLabel":"Ngày họp","validate":{"required":true}},
              {"type":"group","id":"h","label":"Nhóm","components":[
                {"type":"textfield","id":"i","key":"note","label":"Ghi chú"},
                {"type":"textfield","id":"j","key":"unitName","label":"Đơn vị","readonly":true}]},
              {"type":"textfield","id":"k","key":"prefilled","label":"Có sẵn"}
            ]}""";

    static final LocalDate TODAY = LocalDate.of(2013, 12, 2);

    Map<String, Object> answer(int attempt) {
        Map<String, Object> vars = Map.of("prefilled", "giá trị cũ",
                "memberOptions", "[{\"label\":\"Nguyễn Văn A\",\"value\":\"DV0001\"},{\"label\":\"B\",\"value\":\"DV0002\"}]");
        return FormAnswers.answer(FORM, vars::get, TODAY, new Random(1), attempt);
    }

    @Test
    void everyInputFieldGetsAValueOfItsType_withinItsValidation() {
        Map<String, Object> a = answer(0);
        assertThat((String) a.get("title")).isNotBlank().hasSizeLessThanOrEqualTo(12);
        assertThat((String) a.get("report")).hasSizeGreaterThanOrEqualTo(200);
        assertThat((Long) a.get("score")).isBetween(0L, 100L);
        assertThat((Double) a.get("ratio")).isBetween(0.0, 1.0);
        assertThat(a.get("confirmed")).isEqualTo(true);
        assertThat(a.get("violation")).isEqualTo(false);
        assertThat(a.get("category")).isIn("EXCELLENT", "GOOD");
        assertThat(a.get("decision")).isEqualTo("CONTINUE");
        assertThat(a.get("members")).isEqualTo(List.of("DV0001"));
        assertThat(a.get("meetingDate")).isEqualTo("2013-12-06");
        assertThat(a).containsKey("note");
    }

    @Test
    void staticReadonlyAndPrefilledFields_areLeftAsTasklistShowsThem() {
        Map<String, Object> a = answer(0);
        assertThat(a).doesNotContainKeys("t", "unitName", "prefilled");
    }

    @Test
    void aRetryAfterARefusal_changesDatesAndChoices() {
        Map<String, Object> first = answer(0);
        Map<String, Object> retry = answer(1);
        assertThat(retry.get("meetingDate")).isNotEqualTo(first.get("meetingDate"));
        assertThat(retry.get("decision")).isEqualTo("PAUSE");
        assertThat(retry.get("violation")).isEqualTo(true);
    }
}
