package vn.tongket.review;

import vn.tongket.common.CallActivityContract;

import static vn.tongket.review.ReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Which cell reports now (loopCounter) and who reports for it (its leader, else the branch secretary). */
@Component("prepareCellReportDelegate")
public class PrepareCellReportDelegate implements JavaDelegate {

    private final ReviewService reviews;

    public PrepareCellReportDelegate(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int index = CallActivityContract.LOOP_COUNTER.require(execution);
        ReviewService.CellView cell = reviews.cell(SESSION_ID.get(execution), index);
        CELL_CODE.set(execution, cell.cellCode());
        CELL_NAME.set(execution, cell.cellName());
        CELL_REPORTER.set(execution, cell.reporter());
    }
}
