package vn.tongket.ranking;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Copies the report's sections from the form into ranking_summary_report and removes the long texts from the process. */
@Component("storeSummaryReportDelegate")
public class StoreSummaryReportDelegate implements JavaDelegate {

    private final SummaryReportService reports;

    public StoreSummaryReportDelegate(SummaryReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (String key : RankingProcess.REPORT_SECTIONS) {
            Object v = execution.getVariable(key);
            sections.put(key, v == null ? null : v.toString());
        }
        Object rep = execution.getVariable(RankingProcess.BLOC_REPRESENTATIVE);
        reports.save(RankingProcess.unitCode(execution), RankingProcess.campaignYear(execution),
                ConferenceDateTaskListener.parse(execution.getVariable(RankingProcess.CONFERENCE_DATE)),
                rep == null ? null : rep.toString(), sections, execution.getProcessEngineServices()
                        .getIdentityService().getCurrentAuthentication() == null ? null
                        : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId());
        for (String key : RankingProcess.REPORT_SECTIONS) {
            execution.removeVariable(key);
        }
    }
}
