package vn.tongket.simulation;

import vn.tongket.campaign.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.tongket.vote.ConfidenceVoteProcess;
import vn.tongket.vote.VoteService;
import vn.tongket.vote.VoteViews;

/**
 * What the simulated counting board does on the vote page before the counting task completes: issues a ballot
 * per voter, enters every ballot twice (two clerks, same reading), counts and seals. Marks are mostly
 * "tín nhiệm cao", some "tín nhiệm", a few "tín nhiệm thấp" (stable per vote).
 */
@Component
@OnSimulationEnabled
public class VoteSimulationSteps implements SimulationStep {

    static final int BALLOTS = 15;

    private final TaskService taskService;
    private final VoteService votes;

    public VoteSimulationSteps(@Lazy TaskService taskService, VoteService votes) {
        this.taskService = taskService;
        this.votes = votes;
    }

    @Override
    public boolean appliesTo(Task task, String processDefinitionKey) {
        return task.getProcessDefinitionId() != null
                && task.getProcessDefinitionId().startsWith(ConfidenceVoteProcess.KEY + ":")
                && (ConfidenceVoteProcess.TASK_COUNT_BALLOTS.equals(task.getTaskDefinitionKey())
                    || ConfidenceVoteProcess.TASK_DECIDE_OVERALL.equals(task.getTaskDefinitionKey()));
    }

    @Override
    public void before(Task task, Map<String, Object> answers) {
        Object id = taskService.getVariable(task.getId(), "voteId");
        if (id == null) {
            return;
        }
        long voteId = ((Number) id).longValue();
        if (ConfidenceVoteProcess.TASK_DECIDE_OVERALL.equals(task.getTaskDefinitionKey())) {
            // the bloc's BTV records its overall judgement on the vote page (reasons stay out of the engine)
            String member = String.valueOf(taskService.getVariable(task.getId(), ConfidenceVoteProcess.TWO_PLACE_MEMBER_CODE));
            var btv = new VoteViews.Actor("mo-phong-btv", List.of(String.valueOf(taskService.getVariable(task.getId(),
                    ConfidenceVoteProcess.BLOC_STANDING_GROUP))), false);
            votes.recordOverallJudgement(voteId, member, false, false, "Mô phỏng: xem xét tổng thể kết quả ở 2 nơi", "MP-01", btv);
            return;
        }
        answers.put("minutesSigned", true);
        if (votes.isSealed(voteId)) {
            return;
        }
        // two members of the approved counting board enter the ballots (clerk A ≠ clerk B)
        var header = votes.header(voteId);
        var board = votes.board(voteId);
        List<String> voters = List.of(header.voterGroup());
        var clerkA = new VoteViews.Actor(board.get(0).memberCode(), voters, false);
        var clerkB = new VoteViews.Actor(board.get(1).memberCode(), voters, false);
        int candidates = votes.candidates(voteId).size();
        List<String> serials = new ArrayList<>();
        for (int i = 1; i <= BALLOTS; i++) {
            serials.add(String.format("%03d", i));
        }
        votes.issueSerials(voteId, serials, clerkA);
        Random random = new Random(voteId * 7919);
        for (String serial : serials) {
            List<String> marks = new ArrayList<>();
            for (int c = 0; c < candidates; c++) {
                int r = random.nextInt(20);
                marks.add(r < 14 ? "1" : r < 19 ? "2" : "3");
            }
            var ballot = new VoteViews.BallotInput(serial, marks, false, false);
            votes.enter(voteId, "A", ballot, clerkA);
            votes.enter(voteId, "B", ballot, clerkB);
        }
        votes.count(voteId, clerkA);
        votes.seal(voteId, clerkA);
    }
}
