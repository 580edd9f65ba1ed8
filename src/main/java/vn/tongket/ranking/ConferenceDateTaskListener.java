package vn.tongket.ranking;

import vn.tongket.common.CampaignTime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tongket.common.DomainException;

/**
 * On completing the conference task: the date must fall before the written deadline (15/01/N+1, variable
 * {@code yearEndConferenceDeadline} = the first instant that is late), a bloc representative must be named and
 * the invitation sent (Đ.II.2: "mời đại diện Ban Thường vụ Đảng ủy Khối đến dự").
 */
@Component("conferenceDateTaskListener")
public class ConferenceDateTaskListener implements TaskListener {

    private static final DateTimeFormatter VN = CampaignTime.DATE;

    @Override
    public void notify(DelegateTask task) {
        LocalDate date = parse(task.getVariable(RankingProcess.CONFERENCE_DATE));
        OffsetDateTime lateFrom = OffsetDateTime.parse((String) task.getVariable(RankingProcess.YEAR_END_CONFERENCE_DEADLINE));
        LocalDate firstLateDay = lateFrom.toLocalDate();
        if (!date.isBefore(firstLateDay)) {
            throw new DomainException(RankingProcess.CONFERENCE_DATE, "Hội nghị tổng kết phải xong trước ngày "
                    + firstLateDay.format(VN) + " (Hướng dẫn 22-HD/ĐU, phần Đ.II.2); ngày đã nhập: " + date.format(VN));
        }
        Object rep = task.getVariable(RankingProcess.BLOC_REPRESENTATIVE);
        if (rep == null || rep.toString().isBlank()) {
            throw new DomainException(RankingProcess.BLOC_REPRESENTATIVE, "Cần ghi đại diện Ban Thường vụ Đảng ủy Khối được mời dự hội nghị");
        }
        if (!Boolean.TRUE.equals(task.getVariable(RankingProcess.INVITATION_SENT))) {
            throw new DomainException(RankingProcess.INVITATION_SENT, "Cần xác nhận đã gửi giấy mời đại diện Ban Thường vụ Đảng ủy Khối");
        }
    }

    static LocalDate parse(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new DomainException(RankingProcess.CONFERENCE_DATE, "Chưa nhập ngày tổ chức hội nghị tổng kết");
        }
        if (value instanceof java.util.Date d) {
            return CampaignTime.localDate(d);
        }
        String s = value.toString().trim();
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new DomainException(RankingProcess.CONFERENCE_DATE, "Ngày hội nghị không hợp lệ: " + s);
        }
    }
}
