package vn.tongket.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.vote.ConfidenceVoteProcess;
import vn.tongket.vote.VoteService;
import vn.tongket.vote.VoteViews;

/**
 * What the simulated counting board does on the vote page before the counting task completes: issues a ballot
 * per voter, enters every ballot twice (two clerks, same reading), counts and seals. Marks are mostly
 * "tín nhiệm cao", some "tín nhiệm", a few "tín nhiệm thấp" (stable per vote).
 */
@Component
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
                && ConfidenceVoteProcess.TASK_COUNT_BALLOTS.equals(task.getTaskDefinitionKey());
    }

    @Override
    public void before(Task task, Map<String, Object> answers) {
        Object id = taskService.getVariable(task.getId(), "voteId");
        if (id == null) {
            return;
        }
        long voteId = ((Number) id).longValue();
        answers.put("minutesSigned", true);
        if (votes.isSealed(voteId)) {
            return;
        }
        List<String> admin = List.of(CommitteeGroups.ADMIN);
        var clerkA = new VoteViews.Actor("mo-phong-kiem-phieu-a", admin, true);
        var clerkB = new VoteViews.Actor("mo-phong-kiem-phieu-b", admin, true);
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
